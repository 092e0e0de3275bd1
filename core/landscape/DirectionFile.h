#pragma once
// Directions imported from a file in loss-landscape's layout (net_plotter / h5_util): groups
// `xdirection` and (for a plane) `ydirection`, each with one dataset per model parameter
// named "0", "1", ... in parameter order, shaped like the parameter.
#include "core/landscape/PlaneDirections.h"

#include <string>

namespace ts {

// FileError when the file is not such a direction file; ConfigError when its tensors do not
// match the model (count or shapes, naming the parameter). The centre is given.
PlaneDirections readDirectionFile(const std::string& path, const Model& model, const torch::Tensor& centre,
                                  int64_t centreStep = -1);

// Writes directions in that layout (so loss-landscape's scripts can use ours).
void writeDirectionFile(const std::string& path, const Model& model, const PlaneDirections& directions);

} // namespace ts
