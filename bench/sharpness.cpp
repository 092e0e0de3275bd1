// Times the sharpness engine on the grokking demo's model at initialisation (full training
// split, 1 thread): (a) λ_max by 20 power iterations, (b) a Hutchinson trace with 100
// Rademacher probes. bench/pytorch_sharpness.py does the same in plain PyTorch.
// Usage: bench_sharpness [--threads N] [--repeats N] [--json]
#include "core/Runtime.h"
#include "core/analysis/HessianEigen.h"
#include "core/analysis/HutchinsonTrace.h"
#include "core/analysis/Objective.h"
#include "core/models/Model.h"
#include "core/train/Demos.h"
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
    int threads = 1, repeats = 3;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--repeats") && i + 1 < argc)
            repeats = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--json"))
            json = true;
        else {
            std::fprintf(stderr, "usage: bench_sharpness [--threads N] [--repeats N] [--json]\n");
            return 2;
        }
    }
    auto settings = ts::demoSettings("grokking");
    settings.set("threads", std::to_string(threads));
    ts::Trainer trainer(ts::TrainConfig::fromSettings(settings)); // calls configureRuntime(threads)
    ts::configureRuntime(threads);
    ts::ModelObjective objective(trainer.model(), trainer.task().split("train"), trainer.task().loss);

    auto seconds = [](auto&& f) {
        auto t0 = std::chrono::steady_clock::now();
        f();
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    double lambda = 0.0, trace = 0.0, traceSe = 0.0;
    std::vector<double> tEig, tTrace;
    for (int r = 0; r < repeats; ++r) {
        tEig.push_back(seconds([&] {
            ts::EigenOptions o;
            o.maxIterations = 20;
            o.tolerance = 0.0; // exactly 20 iterations
            o.residuals = false;
            lambda = ts::topHessianEigenvalues(objective, o).eigenvalues[0];
        }));
        tTrace.push_back(seconds([&] {
            ts::TraceOptions o;
            o.minProbes = o.maxProbes = 100;
            o.relativeError = 0.0;
            auto t = ts::hutchinsonTrace(objective, o);
            trace = t.mean;
            traceSe = t.standardError;
        }));
    }
    std::sort(tEig.begin(), tEig.end());
    std::sort(tTrace.begin(), tTrace.end());
    const double eig = tEig[tEig.size() / 2], tr = tTrace[tTrace.size() / 2];
    if (json)
        std::printf("{\"impl\": \"trainscope\", \"threads\": %d, \"params\": %lld, \"lambda_max\": %.6g, "
                    "\"s_lambda_max_20_iters\": %.4f, \"trace\": %.6g, \"trace_stderr\": %.3g, "
                    "\"s_trace_100_probes\": %.4f}\n",
                    threads, (long long)trainer.model().parameterCount(), lambda, eig, trace, traceSe, tr);
    else
        std::printf("trainscope threads=%d params=%lld: lambda_max=%.5g in %.3f s (20 power iterations); "
                    "trace=%.5g ± %.2g in %.3f s (100 probes); median of %d\n",
                    threads, (long long)trainer.model().parameterCount(), lambda, eig, trace, traceSe, tr, repeats);
    return 0;
}
