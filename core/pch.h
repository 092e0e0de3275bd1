// Precompiled header of the core and of everything that reuses it (tests, bench, CLI).
#pragma once
#include <torch/torch.h>
#include <hdf5.h>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <vector>
