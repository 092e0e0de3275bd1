#pragma once
// A landscape of a recorded run, end to end: rebuilds the run's model and data, makes the
// directions, projects the trajectory, and fills a surface progressively. What the CLI's
// `trainscope landscape` and the GUI both drive.
#include "core/ComputeDevice.h"
#include "core/analysis/BatchNormPolicy.h"
#include "core/analysis/RunModel.h"
#include "core/landscape/LandscapeSpec.h"
#include "core/landscape/PlaneEvaluator.h"
#include "core/landscape/ProgressiveSurface.h"
#include "core/landscape/RandomDirections.h"

#include <memory>
#include <string>

namespace ts {

class RunReader;

class LandscapeJob {
public:
    // ConfigError for anything that makes no sense (grid, range, split, checkpoints, directions)
    // or a device this build cannot use. The model and data go to `device`; the directions and
    // the projected trajectory are made on the CPU (the same directions on every device) and
    // the evaluator moves its coefficients to the model.
    LandscapeJob(const RunReader& run, LandscapeSpec spec, const ComputeDevice& device = {});

    // The grid with provenance and the projected trajectory; values all NaN.
    LandscapeSurface newSurface() const;
    // ConfigError unless the surface was made by the same spec (grid, split, directions).
    void checkResumable(const LandscapeSurface& surface) const;
    // Fills the surface's missing points (see computeSurface).
    void compute(LandscapeSurface& surface, Feedback* feedback = nullptr, const LevelObserver& observer = {});
    // The same across the processes of distributor (every process calls it; only the root's
    // surface is filled in).
    void compute(LandscapeSurface& surface, Feedback* feedback, const SurfaceObservers& observers,
                 TaskDistributor& distributor);

    const PlaneDirections& directions() const { return directions_; }
    Model& model() { return *loaded_.model; }
    const Split& split() const { return split_; }
    LossKind lossKind() const { return loaded_.data.loss; }
    // The evaluator's name ("naive", "tickets_mlp plane polynomial", ...).
    std::string method();
    // How BatchNorm is evaluated ("eval, keep", "eval, recompute:N", "train"); empty
    // without buffers. Stored in the surface's provenance and checked on resume.
    std::string statistics() const;
    // Non-empty when results are approximate (a format-1 file of a model with BatchNorm).
    const std::string& warning() const { return loaded_.warning; }

private:
    PlaneEvaluator& evaluator(); // made on first use, kept for later computations
    LandscapeSpec spec_;
    std::string runPath_;
    int64_t centreStep_ = -1;
    BnChoice bn_;
    torch::Tensor trainInputs_; // for --bn recompute
    LoadedRun loaded_;
    Split split_;
    PlaneDirections directions_;
    std::vector<double> xs_, ys_;
    std::vector<TrajectoryPoint> trajectory_;
    std::unique_ptr<PlaneEvaluator> evaluator_; // declared last: destroyed first, restoring the model
};

} // namespace ts
