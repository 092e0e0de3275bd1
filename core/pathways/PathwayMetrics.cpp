#include "core/pathways/PathwayMetrics.h"

#include "core/Error.h"
#include "core/Feedback.h"
#include "core/runfile/RunReader.h"

#include <torch/torch.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_set>

namespace ts::pathways {

// =============================================================================================
// All pairs

namespace {

struct PairInputs {
    const std::vector<std::string>* strings = nullptr;
    const std::vector<std::vector<std::string>>* layerStrings = nullptr; // [layer][sample]
    std::vector<std::vector<int32_t>> tokens;                            // [sample], when expert-level
};

struct PartialSums {
    uint64_t sum = 0;
    std::vector<uint64_t> layerSums;
    uint64_t tokenSum = 0;
};

// One row i: the pairs (i, j) for j > i.
void runRow(const PairInputs& in, DistanceMethod method, std::size_t i, PartialSums& acc) {
    const auto& s = *in.strings;
    const std::size_t n = s.size();
    const std::size_t layers = in.layerStrings ? in.layerStrings->size() : 0;
    const bool tokens = !in.tokens.empty();
    if (method == DistanceMethod::BitParallel) {
        const LevenshteinPattern p(s[i]);
        for (std::size_t j = i + 1; j < n; ++j) acc.sum += p.distance(s[j]);
        for (std::size_t l = 0; l < layers; ++l) {
            const auto& ls = (*in.layerStrings)[l];
            const LevenshteinPattern lp(ls[i]);
            uint64_t sum = 0;
            for (std::size_t j = i + 1; j < n; ++j) sum += lp.distance(ls[j]);
            acc.layerSums[l] += sum;
        }
        if (tokens) {
            const LevenshteinPattern tp(in.tokens[i]);
            for (std::size_t j = i + 1; j < n; ++j) acc.tokenSum += tp.distance(in.tokens[j]);
        }
    } else {
        for (std::size_t j = i + 1; j < n; ++j) acc.sum += levenshteinDP(s[i], s[j]);
        for (std::size_t l = 0; l < layers; ++l) {
            const auto& ls = (*in.layerStrings)[l];
            for (std::size_t j = i + 1; j < n; ++j) acc.layerSums[l] += levenshteinDP(ls[i], ls[j]);
        }
        if (tokens)
            for (std::size_t j = i + 1; j < n; ++j) acc.tokenSum += levenshteinDP(in.tokens[i], in.tokens[j]);
    }
}

PairwiseDistances allPairs(const PairInputs& in, const PairwiseOptions& options, Feedback* feedback) {
    const std::size_t n = in.strings->size();
    const std::size_t layers = in.layerStrings ? in.layerStrings->size() : 0;
    PairwiseDistances out;
    out.pairs = static_cast<int64_t>(n) * (static_cast<int64_t>(n) - 1) / 2;
    if (n < 2) out.pairs = 0;

    PartialSums total;
    total.layerSums.assign(layers, 0);
    unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
    if (threads == 0) threads = 1;
    const std::size_t rows = n > 1 ? n - 1 : 0;
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(rows, 1)));

    std::atomic<std::size_t> nextRow{0};
    std::atomic<int64_t> donePairs{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable finishedCv;
    unsigned finished = 0;
    std::exception_ptr error;

    auto worker = [&]() {
        PartialSums local;
        local.layerSums.assign(layers, 0);
        try {
            while (!stop.load(std::memory_order_relaxed)) {
                const std::size_t i = nextRow.fetch_add(1);
                if (i >= rows) break;
                runRow(in, options.method, i, local);
                donePairs.fetch_add(static_cast<int64_t>(n - 1 - i), std::memory_order_relaxed);
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex);
            if (!error) error = std::current_exception();
            stop = true;
        }
        std::lock_guard<std::mutex> lock(mutex);
        total.sum += local.sum;
        total.tokenSum += local.tokenSum;
        for (std::size_t l = 0; l < layers; ++l) total.layerSums[l] += local.layerSums[l];
        ++finished;
        finishedCv.notify_all();
    };

    if (threads == 1 && !feedback) {
        worker();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(threads);
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
        {
            std::unique_lock<std::mutex> lock(mutex);
            while (finished < threads) {
                finishedCv.wait_for(lock, std::chrono::milliseconds(50));
                if (feedback) {
                    lock.unlock();
                    if (out.pairs > 0)
                        feedback->setProgress(static_cast<double>(donePairs.load()) / static_cast<double>(out.pairs));
                    if (feedback->isCancelled()) stop = true;
                    lock.lock();
                }
            }
        }
        for (auto& t : pool) t.join();
    }
    if (error) std::rethrow_exception(error);
    if (feedback) feedback->throwIfCancelled();

    out.sum = total.sum;
    const double pairs = static_cast<double>(out.pairs);
    out.mean = out.pairs > 0 ? static_cast<double>(total.sum) / pairs : 0.0;
    if (in.layerStrings) {
        out.layerMean.resize(layers);
        for (std::size_t l = 0; l < layers; ++l)
            out.layerMean[l] = out.pairs > 0 ? static_cast<double>(total.layerSums[l]) / pairs : 0.0;
    }
    if (!in.tokens.empty())
        out.expertLevelMean = out.pairs > 0 ? static_cast<double>(total.tokenSum) / pairs : 0.0;
    if (feedback) feedback->setProgress(1.0);
    return out;
}

} // namespace

PairwiseDistances averagePairwiseDistance(const Pathways& pathways, const PairwiseOptions& options, Feedback* feedback) {
    PairInputs in;
    in.strings = &pathways.strings;
    if (options.perLayer) in.layerStrings = &pathways.layerStrings;
    if (options.expertLevel) {
        in.tokens.reserve(pathways.strings.size());
        for (int64_t s = 0; s < pathways.samples; ++s) in.tokens.push_back(pathways.tokens(s));
    }
    auto out = allPairs(in, options, feedback);
    if (options.expertLevel && pathways.samples < 2) out.expertLevelMean = 0.0;
    return out;
}

PairwiseDistances averagePairwiseDistance(const std::vector<std::string>& strings, const PairwiseOptions& options,
                                          Feedback* feedback) {
    PairInputs in;
    in.strings = &strings;
    return allPairs(in, options, feedback);
}

// =============================================================================================
// Entropy, load, distinct pathways

std::vector<double> layerRoutingEntropy(const RoutingTable& routing) {
    std::vector<double> h(static_cast<std::size_t>(routing.layers), 0.0);
    if (routing.samples == 0) return h;
    for (int64_t s = 0; s < routing.samples; ++s)
        for (int64_t l = 0; l < routing.layers; ++l) {
            const float* g = routing.at(s, l);
            double e = 0.0;
            for (int64_t k = 0; k < routing.experts; ++k)
                if (g[k] > 0.0f) e -= static_cast<double>(g[k]) * std::log(static_cast<double>(g[k]));
            h[l] += e;
        }
    for (auto& v : h) v /= static_cast<double>(routing.samples);
    return h;
}

double routingEntropy(const RoutingTable& routing) {
    const auto h = layerRoutingEntropy(routing);
    if (h.empty()) return 0.0;
    double sum = 0.0;
    for (double v : h) sum += v;
    return sum / static_cast<double>(h.size());
}

std::vector<std::vector<double>> expertLoad(const Pathways& p) {
    std::vector<std::vector<double>> load(static_cast<std::size_t>(p.layers),
                                          std::vector<double>(static_cast<std::size_t>(p.experts), 0.0));
    if (p.samples == 0) return load;
    for (const auto& perLayer : p.kept)
        for (int64_t l = 0; l < p.layers; ++l)
            for (int32_t k : perLayer[l]) load[l][k] += 1.0;
    for (auto& row : load)
        for (auto& v : row) v /= static_cast<double>(p.samples);
    return load;
}

int64_t distinctPathways(const Pathways& p) {
    return static_cast<int64_t>(std::unordered_set<std::string>(p.strings.begin(), p.strings.end()).size());
}

std::vector<int64_t> distinctLayerPathways(const Pathways& p) {
    std::vector<int64_t> out;
    for (const auto& ls : p.layerStrings)
        out.push_back(static_cast<int64_t>(std::unordered_set<std::string>(ls.begin(), ls.end()).size()));
    return out;
}

// =============================================================================================
// Consistency

Consistency pathwayConsistency(const RoutingTable& routing, const std::vector<at::Tensor>& routers) {
    Consistency c;
    const auto S = static_cast<std::size_t>(routing.samples);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    c.perSample.assign(S, nan);
    c.meanCosinePerSample.assign(S, nan);
    if (static_cast<int64_t>(routers.size()) != routing.layers)
        throw ConfigError("pathway consistency: " + std::to_string(routers.size()) + " router matrices for " +
                          std::to_string(routing.layers) + " layers");
    std::vector<at::Tensor> V; // [experts, dim] float64
    for (std::size_t l = 0; l < routers.size(); ++l) {
        at::Tensor r = routers[l].detach().to(torch::kCPU, torch::kFloat64);
        if (r.dim() != 2)
            throw ConfigError("pathway consistency: router " + std::to_string(l) + " is not a matrix");
        if (r.size(0) != routing.experts) {
            if (r.size(1) == routing.experts) r = r.t();
            else
                throw ConfigError("pathway consistency: router " + std::to_string(l) + " has shape [" +
                                  std::to_string(r.size(0)) + ", " + std::to_string(r.size(1)) + "], expected [" +
                                  std::to_string(routing.experts) + ", dim]");
        }
        V.push_back(r.contiguous());
    }
    if (routing.layers < 2) {
        c.note = "consistency needs at least two MoE layers";
        return c;
    }
    for (std::size_t l = 0; l + 1 < V.size(); ++l)
        if (V[l].size(1) != V[l + 1].size(1)) {
            c.note = "router dims differ between layers " + std::to_string(l) + " (" + std::to_string(V[l].size(1)) +
                     ") and " + std::to_string(l + 1) + " (" + std::to_string(V[l + 1].size(1)) +
                     "): the cosine of routing embeddings is undefined";
            return c;
        }
    if (S == 0) {
        c.defined = true;
        return c;
    }
    const int64_t L = routing.layers, E = routing.experts;
    // G: [samples, layers, experts] float64; e_ℓ = G[:, ℓ, :] · V_ℓ.
    auto G = torch::from_blob(const_cast<float*>(routing.weights.data()), {routing.samples, L, E}, torch::kFloat32)
                 .to(torch::kFloat64);
    std::vector<at::Tensor> emb;
    for (int64_t l = 0; l < L; ++l) emb.push_back(torch::mm(G.select(1, l), V[l])); // [S, dim]
    auto cosines = torch::empty({routing.samples, L - 1}, torch::kFloat64);
    for (int64_t l = 0; l + 1 < L; ++l) {
        auto a = emb[l], b = emb[l + 1];
        auto dot = (a * b).sum(1);
        auto na = a.norm(2, 1), nb = b.norm(2, 1);
        auto denom = na * nb;
        auto cosv = torch::where(denom > 0, dot / denom.clamp_min(1e-300), torch::zeros_like(dot));
        cosines.select(1, l).copy_(cosv);
    }
    auto acc = cosines.accessor<double, 2>();
    double sumC = 0.0, sumCos = 0.0;
    for (std::size_t i = 0; i < S; ++i) {
        double mx = -std::numeric_limits<double>::infinity(), sum = 0.0, sumNorm = 0.0;
        for (int64_t l = 0; l + 1 < L; ++l) {
            mx = std::max(mx, acc[i][l]);
            sum += acc[i][l];
        }
        for (int64_t l = 0; l + 1 < L; ++l) sumNorm += acc[i][l] / (mx + 1e-8);
        c.perSample[i] = 1.0 - sumNorm / static_cast<double>(L - 1);
        c.meanCosinePerSample[i] = sum / static_cast<double>(L - 1);
        sumC += c.perSample[i];
        sumCos += c.meanCosinePerSample[i];
    }
    c.defined = true;
    c.mean = sumC / static_cast<double>(S);
    c.meanCosine = sumCos / static_cast<double>(S);
    return c;
}

// =============================================================================================
// Memorisation

namespace {

void checkLossTable(const std::vector<double>& losses, int64_t checkpoints, int64_t samples, double delta) {
    if (checkpoints <= 0 || samples < 0 || static_cast<int64_t>(losses.size()) != checkpoints * samples)
        throw ConfigError("memorisation: the loss table's size does not match [checkpoints, samples]");
    if (!(delta >= 0.0)) throw ConfigError("memorisation: delta must be >= 0");
}

// The first checkpoint of sample s's stable suffix: every t' >= it has |loss − final| <= delta.
int64_t stableFrom(const std::vector<double>& losses, int64_t checkpoints, int64_t samples, int64_t s, double delta) {
    const double final = losses[(checkpoints - 1) * samples + s];
    int64_t t = checkpoints - 1;
    while (t > 0 && std::fabs(losses[(t - 1) * samples + s] - final) <= delta) --t;
    return t;
}

} // namespace

std::vector<int64_t> Memorisation::memorisedSamples() const {
    std::vector<int64_t> ids;
    for (std::size_t i = 0; i < firstCheckpoint.size(); ++i)
        if (firstCheckpoint[i] >= 0) ids.push_back(static_cast<int64_t>(i));
    return ids;
}

Memorisation memorisedSamples(const std::vector<double>& losses, int64_t checkpoints, int64_t samples, double epsilon,
                              double delta) {
    checkLossTable(losses, checkpoints, samples, delta);
    Memorisation m;
    m.epsilon = epsilon;
    m.delta = delta;
    m.firstCheckpoint.assign(static_cast<std::size_t>(samples), -1);
    for (int64_t s = 0; s < samples; ++s) {
        for (int64_t t = stableFrom(losses, checkpoints, samples, s, delta); t < checkpoints; ++t)
            if (losses[t * samples + s] <= epsilon) {
                m.firstCheckpoint[s] = t;
                ++m.memorisedCount;
                break;
            }
    }
    m.fraction = samples > 0 ? static_cast<double>(m.memorisedCount) / static_cast<double>(samples) : 0.0;
    return m;
}

Memorisation memorisedSamples(const at::Tensor& losses, double epsilon, double delta) {
    if (losses.dim() != 2) throw ConfigError("memorisation: expected losses [checkpoints, samples]");
    auto t = losses.detach().to(torch::kCPU, torch::kFloat64).contiguous();
    std::vector<double> v(t.data_ptr<double>(), t.data_ptr<double>() + t.numel());
    return memorisedSamples(v, t.size(0), t.size(1), epsilon, delta);
}

double chooseEpsilon(const std::vector<double>& losses, int64_t checkpoints, int64_t samples, double targetFraction,
                     double delta) {
    checkLossTable(losses, checkpoints, samples, delta);
    if (!(targetFraction > 0.0 && targetFraction <= 1.0))
        throw ConfigError("memorisation: the target fraction must be in (0, 1]");
    if (samples == 0) throw ConfigError("memorisation: no samples");
    std::vector<double> minEps(static_cast<std::size_t>(samples));
    for (int64_t s = 0; s < samples; ++s) {
        double mn = std::numeric_limits<double>::infinity();
        for (int64_t t = stableFrom(losses, checkpoints, samples, s, delta); t < checkpoints; ++t)
            mn = std::min(mn, losses[t * samples + s]);
        minEps[s] = mn;
    }
    auto k = static_cast<int64_t>(std::ceil(targetFraction * static_cast<double>(samples) - 1e-9));
    k = std::clamp<int64_t>(k, 1, samples);
    std::nth_element(minEps.begin(), minEps.begin() + (k - 1), minEps.end());
    return minEps[k - 1];
}

// =============================================================================================
// One checkpoint, a run

RoutingTable selectSamples(const RoutingTable& routing, const std::vector<int64_t>& ids) {
    RoutingTable r;
    r.samples = static_cast<int64_t>(ids.size());
    r.layers = routing.layers;
    r.experts = routing.experts;
    const int64_t le = routing.layers * routing.experts;
    r.weights.reserve(static_cast<std::size_t>(r.samples * le));
    for (int64_t id : ids) {
        if (id < 0 || id >= routing.samples)
            throw ConfigError("pathways: sample " + std::to_string(id) + " is out of range [0, " +
                              std::to_string(routing.samples) + ")");
        r.weights.insert(r.weights.end(), routing.at(id, 0), routing.at(id, 0) + le);
    }
    return r;
}

CheckpointPathwayMetrics computePathwayMetrics(const RoutingTable& full, const PathwayMetricsOptions& options,
                                               const std::vector<at::Tensor>& routers, Feedback* feedback) {
    const RoutingTable subset = options.group.empty() ? RoutingTable{} : selectSamples(full, options.group);
    const RoutingTable& routing = options.group.empty() ? full : subset;
    const Pathways p = buildPathways(routing, options.pathway);
    CheckpointPathwayMetrics m;
    m.samples = routing.samples;
    m.layers = routing.layers;
    m.experts = routing.experts;
    m.distance = averagePairwiseDistance(p, options.pairwise, feedback);
    double len = 0.0, kept = 0.0;
    for (int64_t s = 0; s < p.samples; ++s) {
        len += static_cast<double>(p.strings[s].size());
        for (const auto& ids : p.kept[s]) kept += static_cast<double>(ids.size());
    }
    if (p.samples > 0) {
        m.meanPathwayLength = len / static_cast<double>(p.samples);
        m.meanExpertsPerLayer = kept / static_cast<double>(p.samples * p.layers);
    }
    m.layerEntropy = layerRoutingEntropy(routing);
    m.routingEntropy = routingEntropy(routing);
    m.expertLoad = expertLoad(p);
    m.distinctPathways = distinctPathways(p);
    m.distinctLayerPathways = distinctLayerPathways(p);
    if (!routers.empty()) m.consistency = pathwayConsistency(routing, routers);
    else m.consistency.note = "no router matrices given";
    return m;
}

std::vector<CheckpointPathwayMetrics> pathwayMetricsForRun(const RunReader& run, const PathwayMetricsOptions& options,
                                                           Feedback* feedback) {
    std::vector<CheckpointPathwayMetrics> out;
    if (!run.hasRouting()) return out;
    const auto steps = run.routingSteps();
    const auto ckptSteps = run.checkpointSteps();
    std::vector<std::size_t> routerParams;
    const auto& params = run.params();
    for (std::size_t i = 0; i < params.size(); ++i) {
        const auto& name = params[i].name;
        if (name.size() >= 6 && name.compare(name.size() - 6, 6, "router") == 0 && params[i].shape.size() == 2)
            routerParams.push_back(i);
    }
    for (std::size_t c = 0; c < steps.size(); ++c) {
        if (feedback) feedback->throwIfCancelled();
        const RoutingTable routing = routingFromHostArray(run.readRouting(static_cast<int64_t>(c)));
        std::vector<at::Tensor> routers;
        const auto it = std::find(ckptSteps.begin(), ckptSteps.end(), steps[c]);
        if (it != ckptSteps.end() && static_cast<int64_t>(routerParams.size()) == routing.layers) {
            const auto ck = static_cast<int64_t>(it - ckptSteps.begin());
            for (std::size_t idx : routerParams) {
                auto values = run.readParam(ck, idx);
                routers.push_back(torch::from_blob(values.data(), params[idx].shape, torch::kFloat32).clone());
            }
        }
        std::unique_ptr<ScaledFeedback> sub;
        if (feedback)
            sub = std::make_unique<ScaledFeedback>(feedback, static_cast<double>(c) / steps.size(),
                                                   static_cast<double>(c + 1) / steps.size());
        auto m = computePathwayMetrics(routing, options, routers, sub.get());
        m.step = steps[c];
        out.push_back(std::move(m));
    }
    if (feedback) feedback->setProgress(1.0);
    return out;
}

} // namespace ts::pathways
