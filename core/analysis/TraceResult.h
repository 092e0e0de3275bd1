#pragma once
// Options and result of the Hutchinson trace estimate (core/analysis/HutchinsonTrace.h); torch-free.
#include <cstdint>
#include <string>
#include <vector>

namespace ts {

struct TraceOptions {
    int64_t minProbes = 10;           // never stop before this many probes
    int64_t maxProbes = 200;          // hard cap
    double relativeError = 1e-2;      // stop when stderr/|mean| ≤ this (0: always run maxProbes)
    uint64_t seed = 0;
    std::vector<std::size_t> subset;  // parameter indices (empty = all)
};

struct TraceResult {
    double mean = 0.0;               // estimate of tr H
    double standardError = 0.0;      // sample standard deviation / sqrt(samples)
    int64_t samples = 0;             // probes used
    std::vector<double> history;     // running mean after each probe
    std::vector<double> historyStandardError; // running standard error (0 for the first probe)
    std::vector<double> values;      // zᵀHz per probe
    bool converged = false;          // reached relativeError (after minProbes)
    std::string reason;              // "reached relative error …" or "hit maxProbes …"
    int64_t dim = 0;
};

} // namespace ts
