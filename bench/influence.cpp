// TracIn of one test example over every checkpoint of a run (the grokking demo's 81), timed,
// with the scores written for bench/pytorch_tracin.py to compare (docs/benchmarks.md, "Influence").
// usage: bench_influence RUN.h5 [TEST_ROW] [THREADS] [SCORES.txt]
#include "core/influence/Influence.h"
#include "core/Runtime.h"
#include "core/runfile/RunReader.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_influence RUN.h5 [TEST_ROW] [THREADS] [SCORES.txt]\n");
        return 2;
    }
    ts::configureRuntime(argc > 3 ? std::atoi(argv[3]) : 1);
    ts::InfluenceOptions o;
    o.testIndex = argc > 2 ? std::atoll(argv[2]) : 0;
    const auto t0 = std::chrono::steady_clock::now();
    ts::RunReader run(argv[1]);
    const auto r = ts::computeInfluence(run, o);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("{\"impl\": \"trainscope\", \"checkpoints\": %zu, \"train\": %zu, \"seconds\": %.3f}\n", r.steps.size(),
                r.scores.size(), seconds);
    if (argc > 4) {
        std::FILE* f = std::fopen(argv[4], "w");
        for (double s : r.scores)
            std::fprintf(f, "%.17g\n", s);
        std::fclose(f);
    }
    return 0;
}
