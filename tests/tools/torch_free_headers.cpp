// Compiled without LibTorch's include directories (and checked by torch_free_gui): the core
// entry points the GUI will call from worker threads must need no torch header.
#include "core/influence/Influence.h"
#include "core/influence/InfluenceResult.h"

namespace ts {
// Referenced so the headers' declarations are really parsed and used.
InfluenceScores (*const kComputeInfluence)(const RunReader&, const InfluenceOptions&, Feedback*,
                                           const ComputeDevice&) = &computeInfluence;
} // namespace ts
