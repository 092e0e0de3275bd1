#pragma once
// CIFAR-style ResNet (He et al. 2016, Section 4.2) on images [n, C, H, W]: conv3x3 + BN + ReLU,
// three stages of n basic blocks (depth = 6n + 2) at widths w, 2w, 4w (stride 2 entering
// stages 2 and 3), global average pooling, a linear classifier. Shortcuts that change shape
// are a 1×1 conv with stride 2 + BN (option B); shortcut=false drops every shortcut (Li et
// al. 2018's "noshort" networks). Convolutions have no bias. Names and order are the state
// dict of the equivalent nn.Module (tests/python/resnet_reference.py): "conv1.weight",
// "bn1.weight", "layer2.0.shortcut.0.weight", "linear.bias"; BatchNorm buffers
// "bn1.running_mean", "bn1.running_var", "bn1.num_batches_tracked".
#include "core/models/Model.h"

#include <vector>

namespace ts {

class ResNet : public Model {
public:
    // spec: depth (6n+2 ≥ 8), width, shortcut, in_channels, image_height, image_width, out
    ResNet(const Settings& spec, at::Generator& gen);
    // inputs: float32 [n, C, H, W] or flattened [n, C*H*W]. Train mode normalises with batch
    // statistics and updates the running statistics like torch.nn.BatchNorm2d.
    torch::Tensor forward(const torch::Tensor& inputs) override;

    // The depth/width rules resolveModelSpec and the constructor share; throws ConfigError.
    static void checkShape(int64_t depth, int64_t width);

private:
    struct Norm {
        std::size_t param = 0;  // weight; bias follows
        std::size_t buffer = 0; // running_mean; running_var and num_batches_tracked follow
    };
    struct Block {
        int64_t stride = 1;
        std::size_t conv1 = 0, conv2 = 0;
        Norm bn1, bn2;
        bool projection = false; // 1×1 conv + BN shortcut (only when shortcuts are on)
        std::size_t shortcutConv = 0;
        Norm shortcutBn;
    };
    void addConv(const std::string& name, int64_t out, int64_t in, int64_t kernel, at::Generator& gen);
    Norm addNorm(const std::string& prefix, int64_t channels);
    torch::Tensor conv(const torch::Tensor& x, std::size_t weight, int64_t stride, int64_t padding) const;
    torch::Tensor norm(const torch::Tensor& x, const Norm& bn);

    int64_t inChannels_ = 1, imageHeight_ = 0, imageWidth_ = 0;
    bool shortcut_ = true;
    std::size_t stemConv_ = 0;
    Norm stemBn_;
    std::vector<Block> blocks_;
    std::size_t linear_ = 0; // weight; bias follows
};

} // namespace ts
