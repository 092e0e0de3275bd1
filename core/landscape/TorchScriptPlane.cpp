#include "core/landscape/TorchScriptPlane.h"

#include "core/train/Loss.h"

#include <torch/script.h>

#include <algorithm>
#include <chrono>

namespace ts {

namespace {
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// The first line of an exception's text, shortened.
std::string firstLine(const std::exception& e)
{
    std::string why = e.what();
    why = why.substr(0, why.find('\n'));
    return why.size() > 200 ? why.substr(0, 200) + "..." : why;
}
} // namespace

TorchScriptPlane::TorchScriptPlane(TorchScriptModel& model, const Split& split, LossKind kind,
                                   const PlaneDirections& directions, Freezing freezing)
    : model_(model), naive_(model, split, kind, directions), split_(split), kind_(kind), freezing_(freezing)
{
    // About 4 MB of inputs per forward (341 CIFAR images): at 2,000 images one batch spills
    // the caches and costs 1.6× more (measured on ResNet-20); 128 to 1,000 measure the same.
    const int64_t n = split.inputs.size(0);
    const int64_t perSample = n > 0 ? std::max<int64_t>(1, split.inputs.numel() / n) : 1;
    chunk_ = std::clamp<int64_t>((int64_t(1) << 20) / perSample, 64, 8192);
    if (model.training())
        failure_ = "train mode";
    else if (n == 0)
        failure_ = "no samples";
}

std::string TorchScriptPlane::method() const
{
    if (!failure_.empty())
        return "naive (TorchScript module not frozen: " + failure_ + ")";
    const std::string chunks = ", chunks of " + std::to_string(chunk_);
    switch (freezing_) {
    case Freezing::Always: return "torchscript frozen" + chunks;
    case Freezing::Never: return "torchscript plain" + chunks;
    case Freezing::Auto: break;
    }
    return "torchscript (frozen or plain, timed at the first point)" + chunks;
}

torch::jit::Module TorchScriptPlane::frozenModule() const
{
    // freeze clones the module and inlines the current parameters and buffers as constants
    // (folding BatchNorm into convolutions); the model's own tensors are left as they are.
    auto frozen = torch::jit::freeze(model_.module());
    return torch::jit::optimize_for_inference(frozen);
}

void TorchScriptPlane::addChunk(const torch::jit::Module& module, int64_t index, Sums& sums)
{
    const int64_t start = index * chunk_, end = std::min(split_.inputs.size(0), start + chunk_);
    const auto y = split_.targets.slice(0, start, end);
    const auto out = model_.forwardWith(module, split_.inputs.slice(0, start, end));
    sums.loss += computeLoss(kind_, out, y).item<double>() * double(end - start);
    sums.correct += countCorrect(kind_, out, y);
}

PointValues TorchScriptPlane::evaluatePoint()
{
    const int64_t n = split_.inputs.size(0), chunks = (n + chunk_ - 1) / chunk_;
    Sums sums;
    int64_t done = 0;
    torch::jit::Module module = model_.module();
    if (freezing_ == Freezing::Auto) {
        // Time one chunk plain, then freezing and the same chunk frozen; the whole split
        // takes chunks × the chunk's time either way, plus the freezing.
        auto t0 = Clock::now();
        Sums plain;
        addChunk(module, 0, plain);
        const double plainTime = secondsSince(t0);
        t0 = Clock::now();
        auto frozen = frozenModule();
        const double freezeTime = secondsSince(t0);
        t0 = Clock::now();
        addChunk(frozen, 0, sums);
        const double frozenTime = secondsSince(t0);
        done = 1;
        if (freezeTime + double(chunks) * frozenTime < double(chunks) * plainTime) {
            freezing_ = Freezing::Always;
            module = frozen;
        } else {
            freezing_ = Freezing::Never;
            sums = plain;
        }
    } else if (freezing_ == Freezing::Always) {
        module = frozenModule();
    }
    for (int64_t i = done; i < chunks; ++i)
        addChunk(module, i, sums);
    return {sums.loss / double(n), double(sums.correct) / double(n)};
}

std::vector<PointValues> TorchScriptPlane::evaluate(const std::vector<double>& a, const std::vector<double>& b)
{
    if (!failure_.empty())
        return naive_.evaluate(a, b);
    torch::NoGradGuard guard;
    std::vector<PointValues> out;
    out.reserve(a.size());
    for (std::size_t k = 0; k < a.size(); ++k) {
        naive_.setPoint(a[k], b.empty() ? 0.0 : b[k]);
        try {
            out.push_back(evaluatePoint());
        } catch (const std::exception& e) {
            // Freezing or the frozen module failed: this point and the rest naively (which
            // throws again when the model itself fails on the inputs).
            failure_ = firstLine(e);
            auto rest = naive_.evaluate(std::vector<double>(a.begin() + long(k), a.end()),
                                        b.empty() ? b : std::vector<double>(b.begin() + long(k), b.end()));
            out.insert(out.end(), rest.begin(), rest.end());
            break;
        }
    }
    return out;
}

} // namespace ts
