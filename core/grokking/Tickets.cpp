#include "core/grokking/Tickets.h"

#include "core/Error.h"
#include "core/analysis/RunModel.h"
#include "core/grokking/GrokkingEvents.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Trainer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>

namespace ts {

namespace {
void checkKeep(double keep)
{
    if (!(keep > 0.0 && keep <= 1.0))
        throw ConfigError("the kept fraction must be in (0, 1]");
}

// The flat checkpoint split back into the model's parameter shapes.
std::vector<torch::Tensor> unflatten(const torch::Tensor& flat, const std::vector<ParamInfo>& params)
{
    std::vector<torch::Tensor> out;
    int64_t offset = 0;
    for (const auto& p : params) {
        out.push_back(flat.slice(0, offset, offset + p.numel()).view(p.shape));
        offset += p.numel();
    }
    return out;
}

int64_t nearestCheckpoint(const std::vector<int64_t>& steps, int64_t step)
{
    int64_t best = 0;
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (std::llabs(steps[i] - step) < std::llabs(steps[std::size_t(best)] - step))
            best = int64_t(i);
    return best;
}
} // namespace

std::vector<torch::Tensor> magnitudeMask(const std::vector<torch::Tensor>& params, double keep)
{
    checkKeep(keep);
    std::vector<torch::Tensor> flat;
    for (const auto& p : params)
        flat.push_back(p.detach().abs().reshape({-1}));
    auto all = torch::cat(flat);
    const int64_t n = all.numel();
    const int64_t kept = std::max<int64_t>(1, std::llround(keep * double(n)));
    // Ties at the threshold are broken by position so exactly `kept` weights survive.
    auto order = std::get<1>(all.sort(/*stable=*/true, 0, /*descending=*/true));
    auto mask = torch::zeros({n});
    mask.index_fill_(0, order.slice(0, 0, kept), 1.0);
    std::vector<torch::Tensor> out;
    int64_t offset = 0;
    for (const auto& p : params) {
        out.push_back(mask.slice(0, offset, offset + p.numel()).view(p.sizes()).clone());
        offset += p.numel();
    }
    return out;
}

std::vector<torch::Tensor> randomMask(const std::vector<torch::Tensor>& like, double keep, uint64_t seed)
{
    checkKeep(keep);
    int64_t n = 0;
    for (const auto& p : like)
        n += p.numel();
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    auto order = torch::randperm(n, gen, torch::kInt64);
    auto mask = torch::zeros({n});
    mask.index_fill_(0, order.slice(0, 0, std::max<int64_t>(1, std::llround(keep * double(n)))), 1.0);
    std::vector<torch::Tensor> out;
    int64_t offset = 0;
    for (const auto& p : like) {
        out.push_back(mask.slice(0, offset, offset + p.numel()).view(p.sizes()).clone());
        offset += p.numel();
    }
    return out;
}

double maskDensity(const std::vector<torch::Tensor>& masks)
{
    double ones = 0, n = 0;
    for (const auto& m : masks) {
        ones += m.sum().item<double>();
        n += double(m.numel());
    }
    return n > 0 ? ones / n : 0.0;
}

std::vector<TicketRun> trainGrokkingTickets(const RunReader& dense, const TicketOptions& o, const std::string& outPrefix,
                                            Feedback* feedback)
{
    checkKeep(o.keep);
    Settings settings;
    for (const auto& [k, v] : dense.config())
        settings.set(k, v);
    if (settings.getString("task", "").empty())
        throw ConfigError(dense.path() + ": the run records no task; tickets need a built-in task and model");
    if (dense.modelArch() == "torchscript") // recorded from Python or imported: nothing to retrain with
        throw ConfigError(dense.path() + ": tickets retrain the model, which needs a run trained by TrainScope "
                                         "(this run's model is TorchScript, recorded or imported)");
    const auto steps = dense.checkpointSteps();
    if (steps.size() < 2)
        throw ConfigError(dense.path() + ": tickets need the initial and a later checkpoint");
    if (steps.front() != 0)
        throw ConfigError(dense.path() + ": the first checkpoint is not the initialisation (step 0)");
    const auto events = detectGrokking(dense);
    std::vector<TicketRun> runs;
    runs.push_back({"dense", dense.path(), -1, 1.0, events.t90, events.tMem});

    const auto init = checkpointVector(dense, 0);
    const auto maskIndex = checkpointIndex(dense, o.maskStep);
    struct Plan {
        std::string kind;
        std::vector<torch::Tensor> mask;
        int64_t maskStep;
    };
    std::vector<Plan> plans;
    auto weightsAt = [&](int64_t index) { return unflatten(checkpointVector(dense, index), dense.params()); };
    plans.push_back({"ticket", magnitudeMask(weightsAt(maskIndex), o.keep), steps[std::size_t(maskIndex)]});
    if (o.controls) {
        if (events.tMem >= 0) {
            const auto memIndex = nearestCheckpoint(steps, events.tMem);
            plans.push_back({"mem-mask", magnitudeMask(weightsAt(memIndex), o.keep), steps[std::size_t(memIndex)]});
        }
        plans.push_back({"random-mask", randomMask(weightsAt(0), o.keep, o.randomSeed), -1});
    }
    for (std::size_t i = 0; i < plans.size(); ++i) {
        if (feedback)
            feedback->throwIfCancelled();
        auto& plan = plans[i];
        Settings s = settings;
        s.set("ticket", plan.kind + " keep=" + formatDouble(o.keep) +
                            (plan.maskStep >= 0 ? " mask@" + std::to_string(plan.maskStep) : "") + " from " + dense.path());
        auto config = TrainConfig::fromSettings(s);
        config.device = o.device;
        Trainer trainer(config);
        trainer.setInitialParameters(init); // rewind to the dense run's initialisation
        trainer.setMasks(plan.mask);
        const std::string path = outPrefix + (plan.kind == "ticket" ? std::string() : "-" + plan.kind) + ".h5";
        {
            RunWriter writer(path, trainer.runHeader());
            ScaledFeedback sub(feedback, double(i) / double(plans.size()), double(i + 1) / double(plans.size()));
            auto outcome = trainer.run(&writer, &sub);
            writer.close();
            if (outcome.status == RunStatus::Failed)
                throw Error(path + ": " + outcome.message);
        }
        const auto ev = detectGrokking(RunReader(path));
        runs.push_back({plan.kind, path, plan.maskStep, maskDensity(plan.mask), ev.t90, ev.tMem});
    }
    if (feedback)
        feedback->setProgress(1.0);
    return runs;
}

} // namespace ts
