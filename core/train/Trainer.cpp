#include "core/train/Trainer.h"

#include "core/Error.h"
#include "core/Runtime.h"
#include "core/TensorConvert.h"
#include "core/analysis/RunModel.h"
#include "core/models/Model.h"
#include "core/models/ModelFactory.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/tasks/TaskFactory.h"
#include "core/train/CheckpointSchedule.h"
#include "core/train/Loss.h"
#include "core/train/LrSchedule.h"
#include "core/train/Optimizer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <set>

namespace ts {

Trainer::Trainer(const TrainConfig& config) : config_(config)
{
    configureRuntime(config_.threads);
    task_ = makeTask(config_.settings);
    modelSpec_ = resolveModelSpec(config_.model, config_.settings, task_);
    model_ = makeModel(config_.model, modelSpec_, config_.seed);
    requireAvailable(config_.device);
    model_->to(torchDevice(config_.device));
    task_.to(torchDevice(config_.device));
    for (const auto& p : model_->params())
        initialParams_.push_back(p.detach().clone());
    if (!config_.init.empty())
        initialiseFrom(config_.init);
    for (const auto& split : task_.splits) {
        metricNames_.push_back(split.name + "_loss");
        metricNames_.push_back(split.name + "_acc");
    }
    for (const char* n : {"weight_norm", "grad_norm", "dist_init", "lr", "wall_time"})
        metricNames_.push_back(n);
    // Validate the rest before anything is written.
    LrSchedule(config_.settings, std::max<int64_t>(1, config_.steps));
    makeOptimizer(config_.settings, *model_);
}

Trainer::~Trainer() = default;

int64_t Trainer::parameterCount() const { return model_->parameterCount(); }

void Trainer::setMasks(std::vector<torch::Tensor> masks)
{
    const auto& params = model_->params();
    if (masks.size() != params.size())
        throw ConfigError("a mask is needed for each of the model's " + std::to_string(params.size()) + " parameter tensors");
    for (std::size_t i = 0; i < masks.size(); ++i)
        if (masks[i].sizes() != params[i].sizes())
            throw ConfigError("the mask of '" + model_->paramNames()[i] + "' has the wrong shape");
    masks_ = std::move(masks);
    for (auto& m : masks_)
        m = m.to(model_->device(), torch::kFloat32).contiguous();
    applyMasks();
    // The run starts from the masked point: distance from initialisation is measured from it.
    for (std::size_t i = 0; i < params.size(); ++i)
        initialParams_[i] = params[i].detach().clone();
}

void Trainer::setInitialParameters(const torch::Tensor& flat)
{
    model_->setFlatParameters(flat);
    for (std::size_t i = 0; i < model_->params().size(); ++i)
        initialParams_[i] = model_->params()[i].detach().clone();
    applyMasks();
}

void Trainer::initialiseFrom(const std::string& source)
{
    const auto at = source.rfind('@');
    const std::string path = at == std::string::npos ? source : source.substr(0, at);
    const std::string step = at == std::string::npos ? "last" : source.substr(at + 1);
    RunReader run(path);
    const auto& stored = run.params();
    const auto& names = model_->paramNames();
    if (run.modelArch() != model_->arch())
        throw ConfigError("init " + path + ": its model is '" + run.modelArch() + "', this run's is '" + model_->arch() +
                          "'");
    if (stored.size() != names.size())
        throw ConfigError("init " + path + ": " + std::to_string(stored.size()) + " parameter tensors, this model has " +
                          std::to_string(names.size()));
    for (std::size_t i = 0; i < names.size(); ++i)
        if (stored[i].name != names[i] || stored[i].shape != model_->params()[i].sizes().vec())
            throw ConfigError("init " + path + ": parameter '" + stored[i].name + "' " + shapeToString(stored[i].shape) +
                              " does not match this model's '" + names[i] + "' " +
                              shapeToString(model_->params()[i].sizes().vec()));
    const int64_t index = checkpointIndex(run, step);
    setInitialParameters(checkpointVector(run, index));
    auto buffers = checkpointBuffers(run, index);
    if (!buffers.empty()) {
        if (buffers.size() != model_->buffers().size())
            throw ConfigError("init " + path + ": " + std::to_string(buffers.size()) + " buffers, this model has " +
                              std::to_string(model_->buffers().size()));
        model_->setBufferValues(buffers);
    }
}

void Trainer::applyMasks()
{
    if (masks_.empty())
        return;
    torch::NoGradGuard guard;
    auto& params = model_->params();
    for (std::size_t i = 0; i < params.size(); ++i)
        params[i].mul_(masks_[i]);
}

RunHeader Trainer::runHeader() const
{
    RunHeader h;
    for (const auto& kv : config_.settings.entries())
        h.config.push_back(kv);
    h.modelArch = model_->arch();
    for (const auto& kv : modelSpec_.entries())
        h.modelSpec.push_back(kv);
    describeTensors(*model_, h);
    h.lossKind = lossKindName(task_.loss);
    for (const auto& s : task_.splits)
        h.splits.push_back({s.name, toHostArray(s.inputs), toHostArray(s.targets)});
    h.metricNames = metricNames_;
    if (model_->moeLayers() > 0) {
        const int64_t n = std::min<int64_t>(config_.routingSamples, task_.split("train").inputs.size(0));
        h.routing = {n, model_->moeLayers(), model_->moeExperts()};
    }
    return h;
}

namespace {
// evaluate() in chunks small enough that a cancel is seen within a fraction of a second: one
// forward of 8,192 images through the skip-connections demo's ResNet takes seconds. Without a
// Feedback, or on small splits, it is evaluate() itself.
EvalResult evaluatePolling(Model& model, const Split& split, LossKind kind, const Feedback* feedback)
{
    constexpr int64_t kChunk = 512;
    const int64_t n = split.inputs.size(0);
    if (!feedback || n <= kChunk)
        return evaluate(model, split, kind);
    double lossSum = 0.0;
    int64_t correct = 0;
    for (int64_t start = 0; start < n; start += kChunk) {
        feedback->throwIfCancelled();
        const int64_t end = std::min(n, start + kChunk);
        const Split part{split.name, split.inputs.slice(0, start, end), split.targets.slice(0, start, end)};
        const auto r = evaluate(model, part, kind);
        lossSum += r.loss * double(end - start);
        correct += std::llround(r.accuracy * double(end - start));
    }
    EvalResult r;
    r.count = n;
    r.loss = lossSum / double(n);
    r.accuracy = double(correct) / double(n);
    return r;
}
} // namespace

MetricsRow Trainer::measure(int64_t step, double gradNorm, double lr, double seconds, const torch::Tensor* trainOutputs,
                            const Feedback* feedback)
{
    torch::NoGradGuard guard;
    MetricsRow row;
    row.step = step;
    row.totalSteps = config_.steps;
    for (const auto& split : task_.splits) {
        EvalResult r;
        if (trainOutputs && split.name == "train") {
            // Full batch: the training forward already evaluated θ_step on the whole split.
            r.loss = computeLoss(task_.loss, *trainOutputs, split.targets).item<double>();
            r.accuracy = double(countCorrect(task_.loss, *trainOutputs, split.targets)) / double(split.inputs.size(0));
        } else {
            r = evaluatePolling(*model_, split, task_.loss, feedback);
        }
        row.values.push_back(r.loss);
        row.values.push_back(r.accuracy);
    }
    double norm2 = 0.0, dist2 = 0.0;
    const auto& params = model_->params();
    for (std::size_t i = 0; i < params.size(); ++i) {
        norm2 += params[i].pow(2).sum().item<double>();
        dist2 += (params[i] - initialParams_[i]).pow(2).sum().item<double>();
    }
    row.values.push_back(std::sqrt(norm2));
    row.values.push_back(gradNorm);
    row.values.push_back(std::sqrt(dist2));
    row.values.push_back(lr);
    row.values.push_back(seconds);
    return row;
}

void Trainer::writeCheckpoint(RunWriter& writer, int64_t step)
{
    std::vector<torch::Tensor> held;
    std::vector<const float*> ptrs;
    for (const auto& p : model_->params()) {
        held.push_back(p.detach().to(torch::kCPU).contiguous());
        ptrs.push_back(held.back().data_ptr<float>());
    }
    std::vector<torch::Tensor> heldBuffers;
    std::vector<const void*> bufferPtrs;
    for (const auto& b : model_->buffers()) {
        heldBuffers.push_back(b.detach().to(torch::kCPU).contiguous());
        bufferPtrs.push_back(heldBuffers.back().data_ptr());
    }
    writer.appendCheckpoint(step, ptrs, bufferPtrs);
    if (model_->moeLayers() > 0) {
        const auto& train = task_.split("train");
        const int64_t n = std::min<int64_t>(config_.routingSamples, train.inputs.size(0));
        auto w = model_->routingWeights(train.inputs.slice(0, 0, n)).to(torch::kCPU, torch::kFloat32).contiguous();
        writer.appendRouting(step, w.data_ptr<float>());
    }
}

TrainOutcome Trainer::run(RunWriter* writer, Feedback* feedback, const MetricsCallback& onMetrics)
{
    configureRuntime(config_.threads);
    TrainOutcome outcome;
    const auto& train = task_.split("train");
    const int64_t nTrain = train.inputs.size(0);
    const bool fullBatch = config_.batchSize == 0 || config_.batchSize >= nTrain;
    const bool hasBuffers = model_->hasBuffers();
    auto optimizer = makeOptimizer(config_.settings, *model_);
    LrSchedule schedule(config_.settings, std::max<int64_t>(1, config_.steps));
    const auto ckptList = checkpointSteps(config_.checkpoints, config_.steps);
    const std::set<int64_t> ckpts(ckptList.begin(), ckptList.end());
    auto batchGen = at::make_generator<at::CPUGeneratorImpl>(config_.seed + 0x9E3779B97F4A7C15ull);
    torch::Tensor order;
    int64_t cursor = nTrain;
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };

    auto finish = [&](RunStatus status, const std::string& message) {
        outcome.status = status;
        outcome.message = message;
        if (writer)
            writer->setStatus(status, message);
        return outcome;
    };

    auto stepStart = std::chrono::steady_clock::now();
    for (int64_t step = 0; step <= config_.steps; ++step) {
        if (feedback) {
            if (step > 0) // a demo's pace limit: each step lasts at least 1/pace seconds
                feedback->waitForPace(stepStart);
            stepStart = std::chrono::steady_clock::now();
            feedback->waitWhilePaused();
            if (feedback->isCancelled()) {
                // The status record goes in first: the file keeps every checkpoint written so far.
                finish(RunStatus::Cancelled, "stopped by the user at step " + std::to_string(step));
                throw Cancelled();
            }
        }
        const bool isEval = step % config_.evalEvery == 0 || step == config_.steps;
        const bool isLast = step == config_.steps;
        const double lr = schedule.at(step);

        // Gradient at θ_step: drives the update, and its norm is a metric.
        torch::Tensor bx, by;
        if (fullBatch) {
            bx = train.inputs;
            by = train.targets;
        } else {
            if (cursor + config_.batchSize > nTrain) {
                order = torch::randperm(nTrain, batchGen, torch::kInt64);
                cursor = 0;
            }
            // Drawn on the CPU (the same batches on every device), used where the data is.
            auto idx = order.slice(0, cursor, cursor + config_.batchSize).to(train.inputs.device());
            cursor += config_.batchSize;
            bx = train.inputs.index_select(0, idx);
            by = train.targets.index_select(0, idx);
        }
        // Models with buffers (BatchNorm) train in train mode, which updates the running
        // statistics; θ_step is evaluated and checkpointed with the statistics it had before
        // this step's forward (those of the steps before it), as PyTorch would save it.
        const bool records = isEval || ckpts.count(step) > 0;
        std::vector<torch::Tensor> buffersAtStep;
        if (hasBuffers && records)
            buffersAtStep = model_->bufferValues();
        model_->setTraining(true);
        optimizer->zeroGrad();
        auto outputs = model_->forward(bx);
        auto loss = computeLoss(task_.loss, outputs, by);
        auto aux = model_->auxiliaryLoss();
        auto total = aux.defined() ? loss + aux : loss;
        const double lossValue = total.item<double>();
        if (!std::isfinite(lossValue))
            return finish(RunStatus::Failed, "training loss became " + std::string(std::isnan(lossValue) ? "NaN" : "infinite") +
                                                 " at step " + std::to_string(step) + "; run stopped, everything before it is kept");
        total.backward();
        model_->setTraining(false);
        std::vector<torch::Tensor> buffersAfterForward;
        if (hasBuffers && records) {
            buffersAfterForward = model_->bufferValues();
            model_->setBufferValues(buffersAtStep);
        }

        if (isEval) {
            double g2 = 0.0;
            for (const auto& p : model_->params())
                if (p.grad().defined())
                    g2 += p.grad().pow(2).sum().item<double>();
            auto detached = outputs.detach();
            // With BatchNorm the training forward used batch statistics, not the eval-mode function.
            MetricsRow row;
            try {
                row = measure(step, std::sqrt(g2), lr, elapsed(), fullBatch && !hasBuffers ? &detached : nullptr,
                              feedback);
            } catch (const Cancelled&) {
                finish(RunStatus::Cancelled, "stopped by the user at step " + std::to_string(step));
                throw;
            }
            for (std::size_t i = 0; i < metricNames_.size(); ++i) {
                const auto& name = metricNames_[i];
                const bool isLoss = name.size() > 5 && name.compare(name.size() - 5, 5, "_loss") == 0;
                if (isLoss && !std::isfinite(row.values[i]))
                    return finish(RunStatus::Failed, name + " became non-finite at step " + std::to_string(step) +
                                                         "; run stopped, everything before it is kept");
            }
            if (writer)
                writer->appendMetrics(step, row.values);
            outcome.lastStep = step;
            outcome.lastMetrics = row;
            if (onMetrics)
                onMetrics(row);
        }
        if (ckpts.count(step) && writer) {
            writeCheckpoint(*writer, step);
            ++outcome.checkpoints;
        }
        if (hasBuffers && records)
            model_->setBufferValues(buffersAfterForward);
        if (feedback)
            feedback->setProgress(config_.steps > 0 ? double(step) / double(config_.steps) : 1.0);
        if (!isLast) {
            optimizer->step(lr);
            applyMasks();
        }
    }
    return finish(RunStatus::Finished, "finished " + std::to_string(config_.steps) + " steps");
}

} // namespace ts
