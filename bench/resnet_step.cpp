// Times one training step of a CIFAR-style ResNet on 1×28×28 images (forward, backward, SGD
// with momentum, train-mode BatchNorm) and eval-mode forward throughput, through the core's
// Model/Optimizer; bench/pytorch_resnet_step.py does the same work in PyTorch.
// Usage: bench_resnet_step [--threads N] [--steps N] [--batch N] [--depth D] [--width W] [--json]
#include "core/Runtime.h"
#include "core/models/ModelFactory.h"
#include "core/train/Loss.h"
#include "core/train/Optimizer.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {
template <typename F>
double medianMs(int warmup, int repeats, F&& f)
{
    for (int i = 0; i < warmup; ++i)
        f();
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    int threads = 1, steps = 30, warmup = 5;
    int64_t batch = 128, depth = 20, width = 8;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        auto next = [&] { return std::atoi(argv[++i]); };
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = next();
        else if (!std::strcmp(argv[i], "--steps") && i + 1 < argc)
            steps = next();
        else if (!std::strcmp(argv[i], "--batch") && i + 1 < argc)
            batch = next();
        else if (!std::strcmp(argv[i], "--depth") && i + 1 < argc)
            depth = next();
        else if (!std::strcmp(argv[i], "--width") && i + 1 < argc)
            width = next();
        else if (!std::strcmp(argv[i], "--json"))
            json = true;
        else {
            std::fprintf(stderr, "usage: bench_resnet_step [--threads N] [--steps N] [--batch N] [--depth D] "
                                 "[--width W] [--json]\n");
            return 2;
        }
    }
    ts::configureRuntime(threads);
    ts::TaskData task;
    task.name = "images";
    task.imageShape = {1, 28, 28};
    task.featureDim = 28 * 28;
    task.outputDim = 10;
    const ts::Settings settings({{"depth", std::to_string(depth)}, {"width", std::to_string(width)}});
    auto model = ts::makeModel("resnet", ts::resolveModelSpec("resnet", settings, task), 0);
    auto optimizer = ts::makeOptimizer(
        ts::Settings({{"optimizer", "sgd"}, {"momentum", "0.9"}, {"weight_decay", "5e-4"}}), *model);
    torch::manual_seed(0);
    auto x = torch::randn({batch, 1, 28, 28});
    auto y = torch::randint(0, 10, {batch}, torch::kInt64);

    model->setTraining(true);
    const double trainMs = medianMs(warmup, steps, [&] {
        optimizer->zeroGrad();
        auto loss = ts::computeLoss(ts::LossKind::CrossEntropy, model->forward(x), y);
        loss.backward();
        optimizer->step(0.01);
    });
    model->setTraining(false);
    const double evalMs = medianMs(warmup, steps, [&] {
        torch::NoGradGuard guard;
        model->forward(x);
    });
    const double imagesPerSecond = double(batch) / (evalMs / 1000.0);
    if (json)
        std::printf("{\"impl\": \"trainscope\", \"threads\": %d, \"batch\": %lld, \"depth\": %lld, \"width\": %lld, "
                    "\"params\": %lld, \"train_ms_per_step_median\": %.3f, \"eval_ms_median\": %.3f, "
                    "\"eval_images_per_s\": %.1f}\n",
                    threads, (long long)batch, (long long)depth, (long long)width,
                    (long long)model->parameterCount(), trainMs, evalMs, imagesPerSecond);
    else
        std::printf("trainscope threads=%d: train %.1f ms/step, eval %.1f ms/batch = %.0f images/s "
                    "(ResNet-%lld width %lld, %lld params, batch %lld, medians of %d)\n",
                    threads, trainMs, evalMs, imagesPerSecond, (long long)depth, (long long)width,
                    (long long)model->parameterCount(), (long long)batch, steps);
    return 0;
}
