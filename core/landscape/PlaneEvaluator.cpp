#include "core/landscape/PlaneEvaluator.h"

#include "core/landscape/MlpPlane.h"
#include "core/landscape/NaivePlaneEvaluator.h"
#include "core/landscape/TicketsMlpPlane.h"
#include "core/landscape/TorchScriptPlane.h"
#include "core/landscape/TransformerPlane.h"
#include "core/models/TorchScriptModel.h"

#include <torch/torch.h>

namespace ts {

std::unique_ptr<PlaneEvaluator> makePlaneEvaluator(Model& model, const Split& split, LossKind kind,
                                                   const PlaneDirections& directions, EvaluatorChoice choice)
{
    directions.validate(model);
    // A TorchScript model in eval mode is frozen at each point: its buffers (BatchNorm's
    // kept statistics) are constants there like its parameters.
    if (choice == EvaluatorChoice::Fastest && split.inputs.size(0) > 0 && !model.training())
        if (auto* script = dynamic_cast<TorchScriptModel*>(&model))
            return std::make_unique<TorchScriptPlane>(*script, split, kind, directions);
    // The other fast evaluators know the built-in models' functions; models with buffers
    // (BatchNorm) take the naive path.
    if (model.hasBuffers())
        choice = EvaluatorChoice::Naive;
    if (choice == EvaluatorChoice::Fastest && split.inputs.size(0) > 0 && model.arch() == "mlp" &&
        (kind == LossKind::CrossEntropy || model.spec().getBool("scalar_output", false)))
        return std::make_unique<MlpPlane>(model, split, kind, directions);
    if (choice == EvaluatorChoice::Fastest && kind == LossKind::CrossEntropy && split.inputs.size(0) > 0) {
        if (model.arch() == "tickets_mlp" && split.inputs.dim() == 2 && split.inputs.size(1) == 2)
            return std::make_unique<TicketsMlpPlane>(model, split, directions);
        if (model.arch() == "transformer")
            return std::make_unique<TransformerPlane>(model, split, directions);
    }
    return std::make_unique<NaivePlaneEvaluator>(model, split, kind, directions);
}

std::vector<PointValues> batchedLossAndAccuracy(LossKind kind, const torch::Tensor& outputs, const torch::Tensor& targets)
{
    torch::NoGradGuard guard;
    const int64_t P = outputs.size(0);
    torch::Tensor loss, correct;
    switch (kind) {
    case LossKind::CrossEntropy: {
        auto t = targets.unsqueeze(0).expand({P, targets.size(0)}).unsqueeze(2);
        // log_softmax subtracts the max before adding log Σexp, as cross_entropy does: a
        // logsumexp minus the target's logit would lose the small losses of a trained model.
        loss = -torch::log_softmax(outputs, 2).gather(2, t).squeeze(2).mean(1);
        correct = outputs.argmax(2).eq(t.squeeze(2)).to(torch::kFloat64).mean(1);
        break;
    }
    case LossKind::Logistic:
        loss = torch::nn::functional::softplus(-targets * outputs).mean(1);
        correct = torch::where(outputs > 0, torch::ones_like(outputs), -torch::ones_like(outputs)).eq(targets).to(torch::kFloat64).mean(1);
        break;
    case LossKind::Mse:
        loss = (outputs - targets).pow(2).mean(1);
        correct = ((outputs - targets).abs() < 0.5).to(torch::kFloat64).mean(1);
        break;
    }
    // One copy to the CPU per batch, not one per point.
    loss = loss.to(torch::kCPU, torch::kFloat64).contiguous();
    correct = correct.to(torch::kCPU).contiguous();
    std::vector<PointValues> out(static_cast<std::size_t>(P));
    for (int64_t i = 0; i < P; ++i)
        out[std::size_t(i)] = {loss[i].item<double>(), correct[i].item<double>()};
    return out;
}

} // namespace ts
