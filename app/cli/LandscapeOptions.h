#pragma once
// The options that say which landscape to compute (--checkpoint --dirs --grid --range --split
// --subset --norm --include-biases --seed), shared by `trainscope landscape` and
// `trainscope render RUN.h5 --view landscape3d|contour|slice`.
#include "app/cli/CommandLine.h"
#include "core/landscape/LandscapeSpec.h"

#include <vector>

namespace ts::cli {

std::vector<OptionSpec> landscapeSpecOptions();
// UsageError / ConfigError on values that make no sense.
LandscapeSpec landscapeSpecFromCommandLine(const CommandLine& cl);

} // namespace ts::cli
