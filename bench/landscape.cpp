// Times a 2-D loss surface of a run's final checkpoint (random filter-normalised directions,
// biases zeroed, seed 0) through the core's fastest evaluator and its naive one, and writes
// the directions in loss-landscape's layout so bench/pytorch_landscape.py computes the very
// same surface in plain PyTorch (and checks the values against ours).
// Usage: bench_landscape RUN.h5 [--train grokking|transformer] [--grid 51] [--split train]
//                        [--threads 1] [--dirs-out D.h5] [--surface-out S.h5] [--skip-naive] [--precision]
//                        [--json]
// --precision also computes the surface in float64 (naive and fast) and reports how far the
// float32 surfaces are from it.
// --train first trains that run into RUN.h5: the grokking demo (2,500 steps), or a 1-layer
// transformer (d_model 128, 4 heads, d_mlp 512) on a+b mod 67, 30% train, 1,000 AdamW steps.
#include "core/Runtime.h"
#include "core/landscape/DirectionFile.h"
#include "core/landscape/LandscapeJob.h"
#include "core/landscape/SurfaceFile.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Demos.h"
#include "core/train/Trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

namespace {
double timeSurface(ts::LandscapeJob& job, ts::LandscapeSurface& s)
{
    const auto t0 = std::chrono::steady_clock::now();
    job.compute(s);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
void train(const std::string& which, const std::string& path, int threads)
{
    ts::Settings s;
    if (which == "grokking") {
        s = ts::demoSettings("grokking");
    } else {
        s = ts::Settings({{"task", "modular"}, {"p", "67"}, {"op", "+"}, {"train_frac", "0.3"}, {"model", "transformer"},
                          {"d_model", "128"}, {"heads", "4"}, {"d_mlp", "512"}, {"layers", "1"},
                          {"optimizer", "adamw"}, {"lr", "0.001"}, {"beta1", "0.9"}, {"beta2", "0.98"},
                          {"weight_decay", "1"}, {"batch_size", "0"}, {"steps", "1000"}, {"eval_every", "10"},
                          {"checkpoints", "log:30"}, {"seed", "0"}});
    }
    s.set("threads", std::to_string(threads));
    ts::Trainer trainer(ts::TrainConfig::fromSettings(s));
    ts::RunWriter writer(path, trainer.runHeader());
    const auto outcome = trainer.run(&writer);
    writer.close();
    std::fprintf(stderr, "trained %s into %s (%s)\n", which.c_str(), path.c_str(), outcome.message.c_str());
}
} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_landscape RUN.h5 [--grid N] [--split S] [--threads N] [--dirs-out D.h5] "
                             "[--surface-out S.h5] [--skip-naive] [--json]\n");
        return 2;
    }
    std::string run = argv[1], split = "train", dirsOut, surfaceOut, trainWhat;
    int grid = 51, threads = 1;
    bool json = false, naive = true, precision = false;
    for (int i = 2; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--grid") && i + 1 < argc)
            grid = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--train") && i + 1 < argc)
            trainWhat = argv[++i];
        else if (!std::strcmp(argv[i], "--split") && i + 1 < argc)
            split = argv[++i];
        else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--dirs-out") && i + 1 < argc)
            dirsOut = argv[++i];
        else if (!std::strcmp(argv[i], "--surface-out") && i + 1 < argc)
            surfaceOut = argv[++i];
        else if (!std::strcmp(argv[i], "--precision"))
            precision = true;
        else if (!std::strcmp(argv[i], "--skip-naive"))
            naive = false;
        else if (!std::strcmp(argv[i], "--json"))
            json = true;
        else {
            std::fprintf(stderr, "bench_landscape: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    ts::configureRuntime(threads);
    if (!trainWhat.empty())
        train(trainWhat, run, threads);
    ts::RunReader reader(run);
    ts::LandscapeSpec spec;
    spec.nx = spec.ny = grid;
    spec.split = split;
    ts::LandscapeJob fast(reader, spec);
    auto surface = fast.newSurface();
    const double fastSeconds = timeSurface(fast, surface);
    const double points = double(grid) * grid;
    double naiveSeconds = NAN, worst = 0;
    ts::LandscapeSurface reference;
    if (naive) {
        spec.evaluator = ts::EvaluatorChoice::Naive;
        ts::LandscapeJob slow(reader, spec);
        reference = slow.newSurface();
        naiveSeconds = timeSurface(slow, reference);
        const auto &a = surface.values.at(split + "_loss"), &b = reference.values.at(split + "_loss");
        for (std::size_t i = 0; i < a.size(); ++i)
            worst = std::max(worst, std::fabs(a[i] - b[i]) / std::fabs(b[i]));
    }
    if (precision) {
        // Float32 noise, measured: both float32 surfaces against a float64 naive one.
        spec.evaluator = ts::EvaluatorChoice::Naive;
        ts::LandscapeJob exact(reader, spec);
        for (auto& p : exact.model().params())
            p = p.detach().to(torch::kFloat64);
        auto truth = exact.newSurface();
        exact.compute(truth);
        spec.evaluator = ts::EvaluatorChoice::Fastest;
        ts::LandscapeJob fast64(reader, spec);
        for (auto& p : fast64.model().params())
            p = p.detach().to(torch::kFloat64);
        auto f64 = fast64.newSurface();
        fast64.compute(f64);
        const auto& t = truth.values.at(split + "_loss");
        auto worstAgainst = [&](const std::vector<double>& v) {
            double w = 0;
            for (std::size_t i = 0; i < v.size(); ++i)
                w = std::max(w, std::fabs(v[i] - t[i]) / std::fabs(t[i]));
            return w;
        };
        std::printf("max relative difference from a float64 naive surface: fast float32 %.2g, fast float64 %.2g%s\n",
                    worstAgainst(surface.values.at(split + "_loss")), worstAgainst(f64.values.at(split + "_loss")),
                    naive ? "" : " (naive float32 skipped)");
        if (naive)
            std::printf("  naive float32 %.2g; float64 loss from %.3g to %.3g\n",
                        worstAgainst(reference.values.at(split + "_loss")), *std::min_element(t.begin(), t.end()),
                        *std::max_element(t.begin(), t.end()));
    }
    if (!dirsOut.empty())
        ts::writeDirectionFile(dirsOut, fast.model(), fast.directions());
    if (!surfaceOut.empty())
        ts::writeSurfaceFile(surfaceOut, surface);
    const std::string method = fast.method();
    if (json)
        std::printf("{\"impl\": \"trainscope\", \"arch\": \"%s\", \"method\": \"%s\", \"threads\": %d, \"points\": %d, "
                    "\"fast_points_per_s\": %.2f, \"naive_points_per_s\": %.2f, \"fast_vs_naive_max_rel_diff\": %.3g}\n",
                    fast.model().arch().c_str(), method.c_str(), threads, int(points), points / fastSeconds,
                    points / naiveSeconds, worst);
    else
        std::printf("trainscope %s (%s) threads=%d: %dx%d in %.2f s = %.1f points/s; naive C++ %.1f points/s; "
                    "max relative difference fast vs naive %.2g\n",
                    fast.model().arch().c_str(), method.c_str(), threads, grid, grid, fastSeconds, points / fastSeconds,
                    points / naiveSeconds, worst);
    return 0;
}
