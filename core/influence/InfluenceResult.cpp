#include "core/influence/InfluenceResult.h"

#include "core/Error.h"

#include <algorithm>
#include <numeric>

namespace ts {

const char* influenceMethodName(InfluenceMethod m)
{
    switch (m) {
    case InfluenceMethod::TracIn: return "tracin";
    case InfluenceMethod::Ekfac: return "ekfac";
    case InfluenceMethod::Cg: return "cg";
    case InfluenceMethod::Exact: return "exact";
    }
    return "tracin";
}

InfluenceMethod influenceMethodFromName(const std::string& name)
{
    for (auto m : {InfluenceMethod::TracIn, InfluenceMethod::Ekfac, InfluenceMethod::Cg, InfluenceMethod::Exact})
        if (name == influenceMethodName(m))
            return m;
    throw ConfigError("unknown influence method '" + name + "' (expected tracin, ekfac, cg or exact)");
}

namespace {
std::vector<int64_t> ranked(const std::vector<double>& scores, int64_t k, bool descending)
{
    // Only rows of the asked sign: an example with a zero score neither supports nor opposes.
    std::vector<int64_t> rows;
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (descending ? scores[i] > 0 : scores[i] < 0)
            rows.push_back(int64_t(i));
    std::stable_sort(rows.begin(), rows.end(), [&](int64_t a, int64_t b) {
        return descending ? scores[std::size_t(a)] > scores[std::size_t(b)]
                          : scores[std::size_t(a)] < scores[std::size_t(b)];
    });
    if (k > 0 && k < int64_t(rows.size()))
        rows.resize(std::size_t(k));
    return rows;
}
} // namespace

std::vector<int64_t> topProponents(const std::vector<double>& scores, int64_t k) { return ranked(scores, k, true); }

std::vector<int64_t> topOpponents(const std::vector<double>& scores, int64_t k) { return ranked(scores, k, false); }

} // namespace ts
