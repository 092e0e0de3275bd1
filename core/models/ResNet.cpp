#include "core/models/ResNet.h"

#include "core/Error.h"

#include <torch/torch.h>

#include <cmath>

namespace ts {

namespace {
// torch.nn.BatchNorm2d's defaults.
constexpr double kBnMomentum = 0.1;
constexpr double kBnEps = 1e-5;
} // namespace

void ResNet::checkShape(int64_t depth, int64_t width)
{
    if (depth < 8 || (depth - 2) % 6 != 0)
        throw ConfigError("resnet: depth must be 6n+2 with n >= 1 (8, 14, 20, 32, 44, 56, 110, ...), got " +
                          std::to_string(depth));
    if (width < 1)
        throw ConfigError("resnet: width must be positive, got " + std::to_string(width));
}

ResNet::ResNet(const Settings& spec, at::Generator& gen)
    : Model("resnet", spec),
      inChannels_(spec.getInt("in_channels", 1)),
      imageHeight_(spec.getInt("image_height", 0)),
      imageWidth_(spec.getInt("image_width", 0)),
      shortcut_(spec.getBool("shortcut", true))
{
    const int64_t depth = spec.getInt("depth", 20), width = spec.getInt("width", 16), out = spec.getInt("out", 10);
    checkShape(depth, width);
    if (inChannels_ < 1 || out < 1)
        throw ConfigError("resnet: in_channels and out must be positive");
    const int64_t perStage = (depth - 2) / 6;

    addConv("conv1.weight", width, inChannels_, 3, gen);
    stemConv_ = params().size() - 1;
    stemBn_ = addNorm("bn1", width);
    int64_t in = width;
    for (int64_t stage = 0; stage < 3; ++stage) {
        const int64_t planes = width << stage;
        for (int64_t b = 0; b < perStage; ++b) {
            const std::string prefix = "layer" + std::to_string(stage + 1) + "." + std::to_string(b) + ".";
            Block block;
            block.stride = (stage > 0 && b == 0) ? 2 : 1;
            addConv(prefix + "conv1.weight", planes, in, 3, gen);
            block.conv1 = params().size() - 1;
            block.bn1 = addNorm(prefix + "bn1", planes);
            addConv(prefix + "conv2.weight", planes, planes, 3, gen);
            block.conv2 = params().size() - 1;
            block.bn2 = addNorm(prefix + "bn2", planes);
            block.projection = shortcut_ && (block.stride != 1 || in != planes);
            if (block.projection) {
                addConv(prefix + "shortcut.0.weight", planes, in, 1, gen);
                block.shortcutConv = params().size() - 1;
                block.shortcutBn = addNorm(prefix + "shortcut.1", planes);
            }
            blocks_.push_back(block);
            in = planes;
        }
    }
    // nn.Linear's default initialisation: U(±1/√fan_in) for weight and bias.
    const double bound = 1.0 / std::sqrt(double(in));
    addParam("linear.weight", (torch::rand({out, in}, gen, torch::kFloat32) * 2 - 1) * bound);
    linear_ = params().size() - 1;
    addParam("linear.bias", (torch::rand({out}, gen, torch::kFloat32) * 2 - 1) * bound);
}

void ResNet::addConv(const std::string& name, int64_t out, int64_t in, int64_t kernel, at::Generator& gen)
{
    // kaiming_normal_(mode="fan_out", nonlinearity="relu"), as torchvision's ResNets.
    const double std = std::sqrt(2.0 / double(out * kernel * kernel));
    addParam(name, torch::randn({out, in, kernel, kernel}, gen, torch::kFloat32) * std);
}

ResNet::Norm ResNet::addNorm(const std::string& prefix, int64_t channels)
{
    Norm bn{params().size(), buffers().size()};
    addParam(prefix + ".weight", torch::ones({channels}));
    addParam(prefix + ".bias", torch::zeros({channels}));
    addBuffer(prefix + ".running_mean", torch::zeros({channels}));
    addBuffer(prefix + ".running_var", torch::ones({channels}));
    addBuffer(prefix + ".num_batches_tracked", torch::zeros({}, torch::kInt64));
    return bn;
}

torch::Tensor ResNet::conv(const torch::Tensor& x, std::size_t weight, int64_t stride, int64_t padding) const
{
    return torch::conv2d(x, params()[weight], {}, stride, padding);
}

torch::Tensor ResNet::norm(const torch::Tensor& x, const Norm& bn)
{
    const auto& p = params();
    auto& buf = buffers();
    // In train mode LibTorch updates running_mean/running_var in place (momentum 0.1,
    // unbiased variance), exactly what nn.BatchNorm2d's F.batch_norm call does.
    auto y = torch::batch_norm(x, p[bn.param], p[bn.param + 1], buf[bn.buffer], buf[bn.buffer + 1], training(),
                               kBnMomentum, kBnEps, /*cudnn_enabled=*/false);
    if (training()) {
        torch::NoGradGuard guard;
        buf[bn.buffer + 2].add_(1);
    }
    return y;
}

torch::Tensor ResNet::forward(const torch::Tensor& inputs)
{
    torch::Tensor x = inputs;
    if (x.dim() == 2 && imageHeight_ > 0 && imageWidth_ > 0 && x.size(1) == inChannels_ * imageHeight_ * imageWidth_)
        x = x.reshape({x.size(0), inChannels_, imageHeight_, imageWidth_});
    if (x.dim() != 4 || x.size(1) != inChannels_)
        throw ConfigError("resnet: expected images [n, " + std::to_string(inChannels_) + ", H, W] or [n, " +
                          std::to_string(inChannels_ * imageHeight_ * imageWidth_) + "]");
    x = torch::relu(norm(conv(x, stemConv_, 1, 1), stemBn_));
    for (const auto& b : blocks_) {
        auto y = torch::relu(norm(conv(x, b.conv1, b.stride, 1), b.bn1));
        y = norm(conv(y, b.conv2, 1, 1), b.bn2);
        if (b.projection)
            y = y + norm(conv(x, b.shortcutConv, b.stride, 0), b.shortcutBn);
        else if (shortcut_)
            y = y + x;
        x = torch::relu(y);
    }
    x = x.mean({2, 3}); // global average pooling (what adaptive_avg_pool2d to 1×1 computes)
    const auto& p = params();
    return torch::addmm(p[linear_ + 1], x, p[linear_].t());
}

} // namespace ts
