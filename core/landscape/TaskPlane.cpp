#include "core/landscape/TaskPlane.h"

#include "core/Error.h"
#include "core/Json.h"
#include "core/analysis/RunModel.h"
#include "core/runfile/RunReader.h"

#include <torch/torch.h>

namespace ts {

PlaneDirections taskPlane(const RunReader& centreRun, const torch::Tensor& centre, int64_t centreStep,
                          const std::vector<std::string>& runs)
{
    torch::NoGradGuard guard;
    if (runs.empty() || runs.size() > 2)
        throw ConfigError("task directions need one run (a line) or two runs (a plane), not " +
                          std::to_string(runs.size()));
    PlaneDirections p;
    p.centre = centre.to(torch::kFloat32).contiguous();
    JsonWriter j;
    j.beginObject().key("type").value("task").key("runs").beginArray();
    for (const auto& path : runs)
        j.value(path);
    j.endArray().key("steps").beginArray();
    for (std::size_t i = 0; i < runs.size(); ++i) {
        RunReader run(runs[i]);
        requireSameArchitecture(centreRun, run);
        const int64_t last = checkpointIndex(run, "last");
        auto tau = (checkpointVector(run, last).to(torch::kFloat64) - centre.to(torch::kFloat64)).to(torch::kFloat32);
        if (!(tau.abs().max().item<double>() > 0))
            throw ConfigError("the task vector of " + runs[i] + " is zero: its last checkpoint is the centre");
        (i == 0 ? p.d1 : p.d2) = tau.contiguous();
        j.value(run.checkpointSteps()[std::size_t(last)]);
    }
    j.endArray().key("dimensions").value(int64_t(runs.size())).key("centre_step").value(centreStep).endObject();
    p.recipe = j.str();
    return p;
}

} // namespace ts
