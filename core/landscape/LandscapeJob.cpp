#include "core/landscape/LandscapeJob.h"

#include "core/landscape/NaivePlaneEvaluator.h"
#include "core/landscape/BatchedPlaneEvaluator.h"

#include "core/Error.h"
#include "core/Settings.h"
#include "core/landscape/CheckpointPlane.h"
#include "core/landscape/DirectionFile.h"
#include "core/landscape/PlaneProjection.h"
#include "core/landscape/SurfaceGrid.h"
#include "core/landscape/TaskPlane.h"
#include "core/landscape/TrajectoryPca.h"
#include "core/runfile/RunReader.h"
#include "core/train/Loss.h"

#include <torch/torch.h>

#include <chrono>
#include <algorithm>
#include <cmath>
#include <ctime>

namespace ts {

namespace {

std::string nowIso()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}
} // namespace

LandscapeJob::LandscapeJob(const RunReader& run, LandscapeSpec spec, const ComputeDevice& device)
    : spec_(std::move(spec)), runPath_(run.path())
{
    const bool twoD = spec_.ny > 0;
    xs_ = gridCoordinates(spec_.xmin, spec_.xmax, spec_.nx, "x");
    if (twoD)
        ys_ = gridCoordinates(spec_.ymin, spec_.ymax, spec_.ny, "y");
    if (spec_.ny < 0)
        throw ConfigError("the y grid cannot have a negative number of points");
    loaded_ = loadRunModel(run, device);
    split_ = loaded_.data.split(spec_.split); // ConfigError naming the split
    if (split_.inputs.size(0) == 0)
        throw ConfigError("split '" + spec_.split + "' of " + run.path() + " has no samples");
    if (spec_.subset < 0)
        throw ConfigError("the subset size cannot be negative");
    if (spec_.subset > 0 && spec_.subset < split_.inputs.size(0)) {
        split_.inputs = split_.inputs.slice(0, 0, spec_.subset);
        split_.targets = split_.targets.slice(0, 0, spec_.subset);
    }
    if (spec_.batches != 0) // the same checks the evaluator makes, before the long part starts
        disjointBatches(split_.inputs.size(0), spec_.batches, spec_.random.seed);
    bn_ = BnChoice::parse(spec_.bn);
    if (bn_.mode == BnMode::Interpolate)
        throw ConfigError("--bn interpolate needs two end points; a landscape takes keep or recompute[:N]");
    if (bn_.mode == BnMode::Recompute && loaded_.model->hasBuffers() && !spec_.trainMode) {
        if (!loaded_.data.hasSplit("train"))
            throw ConfigError("--bn recompute needs the run's 'train' split");
        const auto& x = loaded_.data.split("train").inputs;
        trainInputs_ = x.slice(0, 0, std::min<int64_t>(bn_.samples, x.size(0)));
    }
    const auto steps = run.checkpointSteps();
    const int64_t centre = checkpointIndex(run, spec_.checkpoint);
    int64_t statisticsFrom = centre;
    centreStep_ = steps[std::size_t(centre)];
    std::vector<torch::Tensor> checkpoints;
    for (int64_t i = 0; i < int64_t(steps.size()); ++i)
        checkpoints.push_back(checkpointVector(run, i));
    const auto& d = spec_.directions;
    if (d == "random") {
        directions_ = randomPlane(*loaded_.model, checkpoints[std::size_t(centre)], spec_.random, twoD, centreStep_);
    } else if (d == "pca") {
        directions_ = pcaPlane(checkpoints, steps, checkpoints[std::size_t(centre)], twoD, centreStep_);
    } else if (d.rfind("ckpt:", 0) == 0) {
        const auto parts = splitList(d.substr(5), ',');
        if (parts.size() != (twoD ? 3u : 2u))
            throw ConfigError("--dirs " + d + ": a " + std::string(twoD ? "plane" : "line") + " through checkpoints needs " +
                              (twoD ? "three steps, ckpt:A,B,C" : "two steps, ckpt:A,B"));
        std::vector<int64_t> idx;
        for (const auto& p : parts)
            idx.push_back(checkpointIndex(run, p)); // ConfigError when the run has no such checkpoint
        directions_ = checkpointPlane(checkpoints[std::size_t(idx[0])], checkpoints[std::size_t(idx[1])],
                                      twoD ? checkpoints[std::size_t(idx[2])] : torch::Tensor(),
                                      steps[std::size_t(idx[0])], steps[std::size_t(idx[1])],
                                      twoD ? steps[std::size_t(idx[2])] : -1);
        centreStep_ = steps[std::size_t(idx[0])];
        statisticsFrom = idx[0];
    } else if (d.rfind("file:", 0) == 0) {
        directions_ = readDirectionFile(d.substr(5), *loaded_.model, checkpoints[std::size_t(centre)], centreStep_);
        if (directions_.is2d() != twoD)
            throw ConfigError(d.substr(5) + " holds " + (directions_.is2d() ? "two directions" : "one direction") +
                              " but the grid is " + (twoD ? "2-D" : "1-D"));
    } else if (d.rfind("task:", 0) == 0) {
        const auto paths = splitList(d.substr(5), ',');
        if (paths.size() != (twoD ? 2u : 1u))
            throw ConfigError("--dirs " + d + ": a " + std::string(twoD ? "plane" : "line") + " of task vectors needs " +
                              (twoD ? "two runs, task:A.h5,B.h5" : "one run, task:A.h5"));
        directions_ = taskPlane(run, checkpoints[std::size_t(centre)], centreStep_, paths);
    } else {
        throw ConfigError("unknown directions '" + d +
                          "' (expected random, pca, ckpt:A,B[,C], file:PATH or task:RUN.h5[,RUN.h5])");
    }
    directions_.validate(*loaded_.model);
    trajectory_ = projectTrajectory(directions_, checkpoints, steps);
    if (spec_.autoRange && !trajectory_.empty()) {
        double x0 = 0, x1 = 0, y0 = 0, y1 = 0; // the centre is always inside
        for (const auto& p : trajectory_) {
            x0 = std::min(x0, p.x);
            x1 = std::max(x1, p.x);
            y0 = std::min(y0, p.y);
            y1 = std::max(y1, p.y);
        }
        const double mx = 0.15 * std::max(x1 - x0, 1e-6), my = 0.15 * std::max(y1 - y0, 1e-6);
        xs_ = gridCoordinates(x0 - mx, x1 + mx, spec_.nx, "x");
        if (twoD)
            ys_ = gridCoordinates(y0 - my, y1 + my, spec_.ny, "y");
    }
    // Each checkpoint's own loss, so a view can compare it with the surface below it.
    // Checkpoints use their own statistics; afterwards the model holds the centre's.
    auto& model = *loaded_.model;
    model.setTraining(spec_.trainMode);
    const auto saved = model.flatParameters();
    for (std::size_t i = 0; i < checkpoints.size(); ++i) {
        model.setFlatParameters(checkpoints[i]);
        applyCheckpointBuffers(run, int64_t(i), model);
        trajectory_[i].loss = evaluate(model, split_, loaded_.data.loss).loss;
    }
    model.setFlatParameters(saved);
    applyCheckpointBuffers(run, statisticsFrom, model);
}

LandscapeSurface LandscapeJob::newSurface() const
{
    LandscapeSurface s;
    s.xs = xs_;
    s.ys = ys_;
    s.trajectory = trajectory_;
    s.run = runPath_;
    s.checkpointStep = centreStep_;
    s.directions = directions_.recipe;
    s.split = spec_.split;
    s.statistics = statistics();
    s.created = nowIso();
    s.explainedVariance = directions_.explainedVariance;
    s.source = "trainscope";
    const auto nan = std::numeric_limits<double>::quiet_NaN();
    const std::size_t n = std::size_t(s.nx() * s.ny());
    s.values[lossMetric(s.split)].assign(n, nan);
    s.values[accuracyMetric(s.split)].assign(n, nan);
    if (spec_.batches >= 2) {
        s.batches = spec_.batches;
        s.stds[lossMetric(s.split)].assign(n, nan);
        s.stds[accuracyMetric(s.split)].assign(n, nan);
    }
    return s;
}

void LandscapeJob::checkResumable(const LandscapeSurface& s) const
{
    auto same = [](const std::vector<double>& a, const std::vector<double>& b) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (std::fabs(a[i] - b[i]) > 1e-12 * (1.0 + std::fabs(a[i])))
                return false;
        return true;
    };
    if (!same(s.xs, xs_) || !same(s.ys, ys_))
        throw ConfigError("the surface to resume has a different grid or range");
    if (s.split != spec_.split)
        throw ConfigError("the surface to resume was computed on split '" + s.split + "', not '" + spec_.split + "'");
    if (s.directions != directions_.recipe)
        throw ConfigError("the surface to resume was computed with other directions: " + s.directions);
    if (!s.statistics.empty() && s.statistics != statistics())
        throw ConfigError("the surface to resume was computed with BatchNorm " + s.statistics + ", not " + statistics());
    if (s.batches != (spec_.batches >= 2 ? spec_.batches : 0))
        throw ConfigError("the surface to resume was computed " +
                          (s.batches >= 2 ? "over " + std::to_string(s.batches) + " batches" : std::string("on all examples")) +
                          ", not " +
                          (spec_.batches >= 2 ? "over " + std::to_string(spec_.batches) + " batches (--batches)"
                                              : std::string("on all examples")));
    if (s.checkpointStep != centreStep_)
        throw ConfigError("the surface to resume is centred on step " + std::to_string(s.checkpointStep));
}

PlaneEvaluator& LandscapeJob::evaluator()
{
    if (!evaluator_) {
        // Recomputed statistics change the buffers at every point: only the naive evaluator does that.
        const auto choice = trainInputs_.defined() ? EvaluatorChoice::Naive : spec_.evaluator;
        auto make = [this, choice](const Split& split) {
            auto e = makePlaneEvaluator(*loaded_.model, split, loaded_.data.loss, directions_, choice);
            if (trainInputs_.defined())
                if (auto* naive = dynamic_cast<NaivePlaneEvaluator*>(e.get()))
                    naive->recomputeBuffersFrom(trainInputs_, bn_.batchSize);
            return e;
        };
        if (spec_.batches >= 2)
            evaluator_ = std::make_unique<BatchedPlaneEvaluator>(split_, spec_.batches, spec_.random.seed, make);
        else
            evaluator_ = make(split_);
    }
    return *evaluator_;
}

void LandscapeJob::compute(LandscapeSurface& surface, Feedback* feedback, const LevelObserver& observer)
{
    computeSurface(surface, evaluator(), feedback, observer);
}

void LandscapeJob::compute(LandscapeSurface& surface, Feedback* feedback, const SurfaceObservers& observers,
                           TaskDistributor& distributor)
{
    computeSurface(surface, evaluator(), feedback, observers, distributor);
}

std::string LandscapeJob::method() { return evaluator().method(); }

std::string LandscapeJob::statistics() const
{
    if (!loaded_.model->hasBuffers())
        return {};
    return spec_.trainMode ? "train" : "eval, " + bn_.toString();
}

} // namespace ts
