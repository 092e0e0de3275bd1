// Times one full-batch training step (forward, backward, AdamW update) of the grokking
// demo through the core's Model/Optimizer, the same work bench/pytorch_grokking_step.py
// times in PyTorch. Usage: bench_grokking_step [--threads N] [--steps N] [--json]
#include "core/Runtime.h"
#include "core/models/Model.h"
#include "core/train/Demos.h"
#include "core/train/Loss.h"
#include "core/train/Optimizer.h"
#include "core/train/Trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    int threads = 1, steps = 200, warmup = 20;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--steps") && i + 1 < argc)
            steps = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--json"))
            json = true;
        else {
            std::fprintf(stderr, "usage: bench_grokking_step [--threads N] [--steps N] [--json]\n");
            return 2;
        }
    }
    auto settings = ts::demoSettings("grokking");
    settings.set("threads", std::to_string(threads));
    ts::Trainer trainer(ts::TrainConfig::fromSettings(settings)); // calls configureRuntime(threads)
    auto& model = trainer.model();
    const auto& train = trainer.task().split("train");
    auto optimizer = ts::makeOptimizer(settings, model);
    auto step = [&] {
        optimizer->zeroGrad();
        auto loss = ts::computeLoss(trainer.task().loss, model.forward(train.inputs), train.targets);
        loss.backward();
        optimizer->step(0.01);
    };
    for (int i = 0; i < warmup; ++i)
        step();
    std::vector<double> ms;
    for (int i = 0; i < steps; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        step();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    if (json)
        std::printf("{\"impl\": \"trainscope\", \"threads\": %d, \"steps\": %d, \"ms_per_step_median\": %.4f}\n", threads,
                    steps, median);
    else
        std::printf("trainscope threads=%d: %.2f ms/step (median of %d)\n", threads, median, steps);
    return 0;
}
