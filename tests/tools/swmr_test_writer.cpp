// swmr_test_writer PATH N_CHECKPOINTS SLEEP_MS
//
// Writes a synthetic run for the SWMR tests (tests/core/test_runfile_swmr.cpp), which follow
// it with a RunReader while it runs or kill -9 it halfway. After checkpoint k and its metric
// and routing rows are appended (and so flushed), prints "checkpoint k" and sleeps SLEEP_MS;
// at the end sets the status to Finished. Every value is a function of (k, index) so a
// reader can check what it sees; the same formulas are in test_runfile_swmr.cpp.
#include "core/Error.h"
#include "core/runfile/RunWriter.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <thread>
#include <vector>

namespace {

// Multiples of 1/4 below 2^20: exact in float, so readers can compare with ==.
float paramValue(int64_t k, int param, int64_t i)
{
    return static_cast<float>(k) + 0.5f * static_cast<float>(param) + 0.25f * static_cast<float>(i % 64);
}

// BatchNorm-like buffers (format version 2): running statistics and a counter.
float bufferValue(int64_t k, int64_t i) { return static_cast<float>(k) - 0.25f * static_cast<float>(i); }

float routingValue(int64_t k, int64_t i)
{
    return static_cast<float>(k) + 0.125f * static_cast<float>(i);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s PATH N_CHECKPOINTS SLEEP_MS\n", argv[0]);
        return 2;
    }
    const std::string path = argv[1];
    const int64_t n = std::atoll(argv[2]);
    const int sleepMs = std::atoi(argv[3]);
    try {
        ts::RunHeader h;
        h.config = {{"task", "swmr_test"}, {"checkpoints", std::to_string(n)}};
        h.modelArch = "synthetic";
        h.params = {{"layers.0.w", {32, 48}}, {"layers.0.b", {7}}};
        h.buffers = {{"bn.running_mean", {7}, ts::DType::Float32}, {"bn.num_batches_tracked", {}, ts::DType::Int64}};
        h.lossKind = "mse";
        h.metricNames = {"loss"};
        h.routing = {2, 1, 3};
        ts::RunWriter w(path, h);

        std::vector<std::vector<float>> params(h.params.size());
        std::vector<float> routing(static_cast<std::size_t>(2 * 1 * 3));
        for (int64_t k = 0; k < n; ++k) {
            std::vector<const float*> ptrs;
            for (std::size_t p = 0; p < params.size(); ++p) {
                params[p].resize(static_cast<std::size_t>(h.params[p].numel()));
                for (std::size_t i = 0; i < params[p].size(); ++i)
                    params[p][i] = paramValue(k, static_cast<int>(p), static_cast<int64_t>(i));
                ptrs.push_back(params[p].data());
            }
            for (std::size_t i = 0; i < routing.size(); ++i)
                routing[i] = routingValue(k, static_cast<int64_t>(i));
            std::vector<float> mean(7);
            for (std::size_t i = 0; i < mean.size(); ++i)
                mean[i] = bufferValue(k, static_cast<int64_t>(i));
            const int64_t tracked = 100 * k;
            w.appendCheckpoint(10 * k, ptrs, {mean.data(), &tracked});
            w.appendMetrics(10 * k, {1.0 / static_cast<double>(k + 1)});
            w.appendRouting(10 * k, routing.data());
            std::printf("checkpoint %lld\n", static_cast<long long>(k));
            std::fflush(stdout);
            if (sleepMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(sleepMs));
        }
        w.setStatus(ts::RunStatus::Finished, "done");
        w.close();
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "swmr_test_writer: %s\n", e.what());
        return 1;
    }
}
