#include "core/tasks/FashionMnist.h"

#include "core/Error.h"
#include "core/HostArray.h"
#include "core/tasks/IdxReader.h"

#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>

namespace ts {

namespace {
constexpr int64_t kTrainImages = 60000, kTestImages = 10000, kSide = 28, kClasses = 10;

// The file as named or gzip-compressed (Debian ships the .gz files); empty if neither exists.
std::string findFile(const std::string& dir, const std::string& base)
{
    for (const auto& name : {base, base + ".gz"}) {
        const auto p = std::filesystem::path(dir) / name;
        std::error_code ec;
        if (std::filesystem::is_regular_file(p, ec))
            return p.string();
    }
    return {};
}

std::string describe(const torch::Tensor& t)
{
    return std::string(c10::toString(t.scalar_type())) + " " + shapeToString(t.sizes().vec());
}

Split readSplit(const std::string& name, const std::string& imagesPath, const std::string& labelsPath, int64_t keep,
                const char* option, bool normalize)
{
    auto images = readIdx(imagesPath);
    if (images.scalar_type() != torch::kUInt8 || images.dim() != 3 || images.size(1) != kSide || images.size(2) != kSide)
        throw FileError(imagesPath, "holds " + describe(images) + ", expected unsigned-byte images [n, 28, 28]");
    auto labels = readIdx(labelsPath);
    if (labels.scalar_type() != torch::kUInt8 || labels.dim() != 1)
        throw FileError(labelsPath, "holds " + describe(labels) + ", expected unsigned-byte labels [n]");
    if (labels.size(0) != images.size(0))
        throw FileError(labelsPath, "holds " + std::to_string(labels.size(0)) + " labels, but " + imagesPath + " holds " +
                                        std::to_string(images.size(0)) + " images");
    const auto bad = (labels >= kClasses).nonzero();
    if (bad.size(0) > 0) {
        const int64_t i = bad[0][0].item<int64_t>();
        throw FileError(labelsPath, "label " + std::to_string(labels[i].item<int64_t>()) + " at index " + std::to_string(i) +
                                        " is not a class 0..9");
    }
    if (keep > images.size(0))
        throw ConfigError(std::string(option) + " is " + std::to_string(keep) + ", but " + imagesPath + " holds only " +
                          std::to_string(images.size(0)) + " images");
    auto x = images.slice(0, 0, keep).to(torch::kFloat32).div_(255.0f);
    if (normalize)
        x.sub_(kFashionMnistMean).div_(kFashionMnistStd);
    return {name, x.unsqueeze(1).contiguous(), labels.slice(0, 0, keep).to(torch::kInt64).contiguous()};
}
} // namespace

std::string defaultFashionMnistDir()
{
    const char* env = std::getenv("TRAINSCOPE_FASHION_MNIST");
    return env && *env ? env : "/usr/share/datasets/fashion-mnist";
}

TaskData makeFashionMnist(const FashionMnistOptions& o)
{
    if (o.subset < 1 || o.subset > kTrainImages)
        throw ConfigError("fashion_mnist: subset must be between 1 and 60000 (training images to use), not " +
                          std::to_string(o.subset));
    if (o.testSubset < 1 || o.testSubset > kTestImages)
        throw ConfigError("fashion_mnist: test_subset must be between 1 and 10000 (test images to use), not " +
                          std::to_string(o.testSubset));
    const std::string dir = o.dataDir.empty() ? defaultFashionMnistDir() : o.dataDir;
    const char* bases[] = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                           "t10k-labels-idx1-ubyte"};
    std::string paths[4], missing;
    for (int i = 0; i < 4; ++i) {
        paths[i] = findFile(dir, bases[i]);
        if (paths[i].empty())
            missing += std::string(missing.empty() ? "" : ", ") + bases[i] + "[.gz]";
    }
    if (!missing.empty())
        throw ConfigError("Fashion-MNIST is not in " + dir + " (missing " + missing +
                          "): install Debian's package dataset-fashion-mnist (tools/install-deps.sh lists it), "
                          "or point the setting data_dir or the environment variable TRAINSCOPE_FASHION_MNIST "
                          "at a folder holding the four IDX files");

    TaskData t;
    t.name = "fashion_mnist";
    t.description = "Fashion-MNIST: 28×28 grey images of clothing, 10 classes (" + std::to_string(o.subset) +
                    " train, " + std::to_string(o.testSubset) + " test" + (o.normalize ? ", normalized" : "") + ")";
    t.loss = LossKind::CrossEntropy;
    t.inputKind = InputKind::Features;
    t.featureDim = kSide * kSide;
    t.imageShape = {1, kSide, kSide};
    t.outputDim = kClasses;
    t.splits.push_back(readSplit("train", paths[0], paths[1], o.subset, "subset", o.normalize));
    t.splits.push_back(readSplit("test", paths[2], paths[3], o.testSubset, "test_subset", o.normalize));
    return t;
}

} // namespace ts
