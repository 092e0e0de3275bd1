#include "core/Error.h"
#include "core/models/ModelFactory.h"
#include "core/tasks/TaskFactory.h"
#include "core/train/Loss.h"
#include "tests/RunProcess.h"
#include "tests/TempDir.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ts;

namespace {
// A stand-in image classification task (float32 [n, C, H, W], 10 classes).
TaskData imageTask(int64_t n = 16, std::vector<int64_t> shape = {1, 28, 28}, uint64_t seed = 1)
{
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    TaskData t;
    t.name = "images";
    t.loss = LossKind::CrossEntropy;
    t.inputKind = InputKind::Features;
    t.imageShape = shape;
    t.featureDim = shape[0] * shape[1] * shape[2];
    t.outputDim = 10;
    for (const char* name : {"train", "test"}) {
        Split s;
        s.name = name;
        s.inputs = torch::randn({n, shape[0], shape[1], shape[2]}, gen, torch::kFloat32);
        s.targets = torch::randint(0, 10, {n}, gen, torch::kInt64);
        t.splits.push_back(s);
    }
    return t;
}

std::unique_ptr<Model> resnet(int64_t depth, int64_t width, bool shortcut, const TaskData& task, uint64_t seed = 0)
{
    Settings s({{"depth", std::to_string(depth)}, {"width", std::to_string(width)}, {"shortcut", shortcut ? "true" : "false"}});
    return makeModel("resnet", resolveModelSpec("resnet", s, task), seed);
}

void writeFloats(const std::string& path, const std::vector<torch::Tensor>& tensors)
{
    std::ofstream out(path, std::ios::binary);
    for (const auto& t : tensors) {
        auto c = t.detach().to(torch::kFloat32).contiguous();
        out.write(reinterpret_cast<const char*>(c.data_ptr<float>()), std::streamsize(c.numel() * sizeof(float)));
    }
}

torch::Tensor readFloats(const std::string& path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const auto bytes = std::size_t(in.tellg());
    auto t = torch::empty({int64_t(bytes / sizeof(float))}, torch::kFloat32);
    in.seekg(0);
    in.read(reinterpret_cast<char*>(t.data_ptr<float>()), std::streamsize(bytes));
    return t;
}

// Same values up to float32 rounding: 1e-5 relative, or 1e-5 of the tensor's largest
// magnitude for values near zero.
void expectClose(const std::string& what, const torch::Tensor& actual, const torch::Tensor& expected)
{
    ASSERT_EQ(actual.numel(), expected.numel()) << what;
    auto a = actual.reshape({-1}).to(torch::kFloat64), e = expected.reshape({-1}).to(torch::kFloat64);
    const double scale = std::max(e.abs().max().item<double>(), 1e-12);
    auto excess = (a - e).abs() - (e.abs() * 1e-5 + scale * 1e-5);
    EXPECT_LE(excess.max().item<double>(), 0.0)
        << what << ": max |diff| " << (a - e).abs().max().item<double>() << " at scale " << scale;
}

std::string referenceScript()
{
    // tests/python/, next to the import-fixture script whose path the build passes in.
    return (std::filesystem::path(IMPORT_FIXTURES_SCRIPT).parent_path() / "resnet_reference.py").string();
}
} // namespace

TEST(ResNet, ParameterCountsOfTheCifarNetworks)
{
    auto task = imageTask(2);
    EXPECT_EQ(resnet(20, 8, true, task)->parameterCount(), 68642);
    EXPECT_EQ(resnet(20, 8, false, task)->parameterCount(), 67906);
    EXPECT_EQ(resnet(56, 8, true, task)->parameterCount(), 215138);
    EXPECT_EQ(resnet(56, 8, false, task)->parameterCount(), 214402);
}

TEST(ResNet, StateDictNamesShapesAndBuffers)
{
    auto task = imageTask(2);
    auto m = resnet(8, 4, true, task);
    const auto& names = m->paramNames();
    const std::vector<std::string> head = {"conv1.weight", "bn1.weight", "bn1.bias", "layer1.0.conv1.weight",
                                           "layer1.0.bn1.weight", "layer1.0.bn1.bias", "layer1.0.conv2.weight",
                                           "layer1.0.bn2.weight", "layer1.0.bn2.bias", "layer2.0.conv1.weight"};
    ASSERT_GE(names.size(), head.size());
    EXPECT_EQ(std::vector<std::string>(names.begin(), names.begin() + long(head.size())), head);
    EXPECT_EQ(names[names.size() - 2], "linear.weight");
    EXPECT_EQ(names.back(), "linear.bias");
    EXPECT_EQ(m->params()[m->paramIndex("layer2.0.shortcut.0.weight")].sizes(), (std::vector<int64_t>{8, 4, 1, 1}));
    EXPECT_EQ(m->params()[m->paramIndex("layer3.0.shortcut.1.bias")].sizes(), (std::vector<int64_t>{16}));
    EXPECT_EQ(m->params()[m->paramIndex("linear.weight")].sizes(), (std::vector<int64_t>{10, 16}));
    EXPECT_THROW(m->paramIndex("layer1.0.shortcut.0.weight"), ConfigError); // identity shortcut

    const auto& bufs = m->bufferNames();
    ASSERT_EQ(bufs.size(), 3u * 9u); // stem + 3 blocks × 2 + 2 projections
    EXPECT_EQ(bufs[0], "bn1.running_mean");
    EXPECT_EQ(bufs[1], "bn1.running_var");
    EXPECT_EQ(bufs[2], "bn1.num_batches_tracked");
    EXPECT_EQ(bufs[3], "layer1.0.bn1.running_mean");
    EXPECT_EQ(m->buffers()[2].dim(), 0);
    EXPECT_EQ(m->buffers()[2].scalar_type(), torch::kInt64);
    EXPECT_TRUE(torch::equal(m->buffers()[1], torch::ones({4})));

    auto plain = resnet(8, 4, false, task);
    for (const auto& n : plain->paramNames())
        EXPECT_EQ(n.find("shortcut"), std::string::npos) << n;
    EXPECT_EQ(plain->bufferNames().size(), 3u * 7u);
}

TEST(ResNet, InitialisationFollowsKaimingFanOut)
{
    auto task = imageTask(2);
    auto m = resnet(20, 16, true, task, 7);
    // layer3 convs: 64 × 64 × 3 × 3 weights, std √(2 / (64·9)).
    const auto& w = m->params()[m->paramIndex("layer3.1.conv1.weight")];
    EXPECT_NEAR(w.std().item<double>(), std::sqrt(2.0 / (64 * 9)), 0.02 * std::sqrt(2.0 / (64 * 9)));
    EXPECT_NEAR(w.mean().item<double>(), 0.0, 0.002);
    EXPECT_TRUE(torch::equal(m->params()[m->paramIndex("layer3.1.bn1.weight")], torch::ones({64})));
    EXPECT_TRUE(torch::equal(m->params()[m->paramIndex("layer3.1.bn1.bias")], torch::zeros({64})));
    const auto& lw = m->params()[m->paramIndex("linear.weight")];
    EXPECT_LE(lw.abs().max().item<double>(), 1.0 / 8.0); // U(±1/√64)
    // Seeded by makeModel's generator.
    EXPECT_TRUE(torch::equal(resnet(20, 16, true, task, 7)->flatParameters(), m->flatParameters()));
    EXPECT_FALSE(torch::equal(resnet(20, 16, true, task, 8)->flatParameters(), m->flatParameters()));
}

TEST(ResNet, DepthWidthAndTaskAreValidated)
{
    auto task = imageTask(2);
    for (int64_t depth : {8, 14, 20})
        EXPECT_NO_THROW(resnet(depth, 2, true, task)) << depth;
    for (int64_t depth : {0, 2, 7, 9, 19, 21})
        EXPECT_THROW(resnet(depth, 8, true, task), ConfigError) << depth;
    EXPECT_THROW(resnet(20, 0, true, task), ConfigError);
    EXPECT_THROW(resolveModelSpec("resnet", Settings({{"shortcut", "maybe"}}), task), ConfigError);
    // A spec read from a file is checked too.
    Settings bad = resolveModelSpec("resnet", {}, task);
    bad.set("depth", "10");
    EXPECT_THROW(makeModel("resnet", bad, 0), ConfigError);

    auto blobs = makeTask(Settings({{"task", "blobs"}}));
    try {
        resolveModelSpec("resnet", {}, blobs);
        FAIL() << "resnet accepted a task without images";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("model 'resnet' needs an image task such as fashion_mnist"),
                  std::string::npos)
            << e.what();
    }
    const auto keys = modelSettingKeys("resnet");
    EXPECT_EQ(keys, (std::vector<std::string>{"depth", "width", "shortcut"}));
    const auto names = modelNames();
    EXPECT_NE(std::find(names.begin(), names.end(), "resnet"), names.end());
}

TEST(ResNet, SpecStoresTheImageShape)
{
    auto task = imageTask(2, {3, 12, 10});
    auto spec = resolveModelSpec("resnet", Settings({{"depth", "14"}, {"width", "4"}}), task);
    EXPECT_EQ(spec.getInt("depth", 0), 14);
    EXPECT_EQ(spec.getInt("width", 0), 4);
    EXPECT_TRUE(spec.getBool("shortcut", false));
    EXPECT_EQ(spec.getInt("in_channels", 0), 3);
    EXPECT_EQ(spec.getInt("image_height", 0), 12);
    EXPECT_EQ(spec.getInt("image_width", 0), 10);
    EXPECT_EQ(spec.getInt("out", 0), 10);
    auto m = makeModel("resnet", spec, 0);
    torch::NoGradGuard g;
    const auto& x = task.split("train").inputs;
    auto logits = m->forward(x);
    EXPECT_EQ(logits.sizes(), (std::vector<int64_t>{2, 10}));
    // Flattened inputs [n, C*H*W] are the same images.
    EXPECT_TRUE(torch::equal(m->forward(x.reshape({2, -1})), logits));
    EXPECT_THROW(m->forward(torch::zeros({2, 1, 12, 10})), ConfigError);
}

TEST(ResNet, EvalForwardKeepsBuffersTrainForwardUpdatesThem)
{
    auto task = imageTask(8);
    auto m = resnet(8, 4, true, task);
    const auto& x = task.split("train").inputs;
    EXPECT_FALSE(m->training());
    auto before = m->bufferValues();
    m->forward(x);
    m->forward(x);
    for (std::size_t i = 0; i < before.size(); ++i)
        EXPECT_TRUE(torch::equal(m->buffers()[i], before[i])) << m->bufferNames()[i];

    m->setTraining(true);
    for (int64_t k = 1; k <= 3; ++k) {
        m->forward(x);
        for (std::size_t i = 2; i < before.size(); i += 3)
            EXPECT_EQ(m->buffers()[i].item<int64_t>(), k) << m->bufferNames()[i];
    }
    EXPECT_FALSE(torch::equal(m->buffers()[0], before[0])); // running_mean moved
    EXPECT_FALSE(torch::equal(m->buffers()[1], before[1]));
    // Train and eval logits differ (batch vs running statistics); setBufferValues restores.
    auto train = m->forward(x).detach();
    m->setTraining(false);
    EXPECT_FALSE(torch::allclose(m->forward(x), train));
    m->setBufferValues(before);
    for (std::size_t i = 0; i < before.size(); ++i)
        EXPECT_TRUE(torch::equal(m->buffers()[i], before[i]));
}

TEST(ResNet, MatchesThePyTorchModuleInBothModes)
{
    for (bool shortcut : {true, false}) {
        SCOPED_TRACE(shortcut ? "with shortcuts" : "noshort");
        auto task = imageTask(16);
        auto m = resnet(8, 4, shortcut, task, 3);
        const auto& x = task.split("train").inputs;
        const auto& y = task.split("train").targets;
        // Non-trivial running statistics so that eval mode uses them visibly.
        auto gen = at::make_generator<at::CPUGeneratorImpl>(11);
        std::vector<torch::Tensor> bufs;
        for (std::size_t i = 0; i < m->buffers().size(); ++i) {
            const auto& b = m->buffers()[i];
            if (i % 3 == 0)
                bufs.push_back(torch::randn(b.sizes(), gen) * 0.2);
            else if (i % 3 == 1)
                bufs.push_back(torch::rand(b.sizes(), gen) + 0.5);
            else
                bufs.push_back(torch::full({}, 5, torch::kInt64));
        }
        m->setBufferValues(bufs);
        // Non-trivial BN affine parameters too.
        {
            torch::NoGradGuard g;
            for (std::size_t i = 0; i < m->params().size(); ++i)
                if (m->params()[i].dim() == 1 && m->paramNames()[i] != "linear.bias")
                    m->params()[i].add_(torch::randn(m->params()[i].sizes(), gen) * 0.1);
        }

        test::TempDir dir;
        writeFloats(dir.file("params.bin"), m->params());
        writeFloats(dir.file("buffers.bin"), m->buffers());
        writeFloats(dir.file("inputs.bin"), {x});
        writeFloats(dir.file("targets.bin"), {y});
        const auto r = test::runProcess(std::string(SYSTEM_PYTHON) + " " + referenceScript() + " " +
                                        dir.path().string() + " --depth 8 --width 4 --shape 16,1,28,28" +
                                        (shortcut ? "" : " --no-shortcut"));
        ASSERT_EQ(r.exitCode, 0) << r.err;

        // Names, shapes and order: the nn.Module's state dict.
        std::ostringstream ours;
        auto shapeText = [](const torch::Tensor& t) {
            std::string s;
            for (int64_t i = 0; i < t.dim(); ++i)
                s += (i ? "," : "") + std::to_string(t.size(i));
            return s.empty() ? std::string("-") : s;
        };
        for (std::size_t i = 0; i < m->params().size(); ++i)
            ours << "param " << m->paramNames()[i] << " " << shapeText(m->params()[i]) << "\n";
        for (std::size_t i = 0; i < m->buffers().size(); ++i)
            ours << "buffer " << m->bufferNames()[i] << " " << shapeText(m->buffers()[i]) << "\n";
        EXPECT_EQ(ours.str(), test::readFile(dir.file("names.txt")));

        auto before = m->bufferValues();
        {
            torch::NoGradGuard g;
            expectClose("eval logits", m->forward(x), readFloats(dir.file("eval_logits.bin")));
        }
        for (std::size_t i = 0; i < before.size(); ++i)
            EXPECT_TRUE(torch::equal(m->buffers()[i], before[i])) << m->bufferNames()[i];

        m->setTraining(true);
        auto logits = m->forward(x);
        expectClose("train logits", logits, readFloats(dir.file("train_logits.bin")));
        auto after = readFloats(dir.file("buffers_after.bin"));
        int64_t offset = 0;
        for (std::size_t i = 0; i < m->buffers().size(); ++i) {
            const auto& b = m->buffers()[i];
            expectClose("after a train forward: " + m->bufferNames()[i], b, after.slice(0, offset, offset + b.numel()));
            offset += b.numel();
        }
        EXPECT_EQ(offset, after.numel());
        EXPECT_EQ(m->buffers()[2].item<int64_t>(), 6);
        computeLoss(LossKind::CrossEntropy, logits, y).backward();
        auto grads = readFloats(dir.file("grads.bin"));
        offset = 0;
        for (std::size_t i = 0; i < m->params().size(); ++i) {
            const auto& p = m->params()[i];
            ASSERT_TRUE(p.grad().defined()) << m->paramNames()[i];
            expectClose("grad " + m->paramNames()[i], p.grad(), grads.slice(0, offset, offset + p.numel()));
            offset += p.numel();
        }
        EXPECT_EQ(offset, grads.numel());
    }
}

TEST(ResNet, MlpFlattensImages)
{
    auto task = imageTask(4);
    auto spec = resolveModelSpec("mlp", Settings({{"widths", "32"}}), task);
    EXPECT_EQ(spec.getInt("in_dim", 0), 784);
    auto m = makeModel("mlp", spec, 0);
    torch::NoGradGuard g;
    const auto& x = task.split("train").inputs;
    auto out = m->forward(x);
    EXPECT_EQ(out.sizes(), (std::vector<int64_t>{4, 10}));
    EXPECT_TRUE(torch::equal(out, m->forward(x.reshape({4, -1}))));
}
