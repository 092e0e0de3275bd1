#pragma once
// What the influence analyses (core/influence/Influence.h) return: plain numbers, no LibTorch,
// so the GUI's views, `render` and the CLI's JSON can include them.
//
// Sign convention for every method: a positive score means the training example *supports*
// the test example (a gradient step on it lowers the test example's loss: a proponent); a
// negative score means it opposes it (an opponent).
#include <cstdint>
#include <string>
#include <vector>

namespace ts {

enum class InfluenceMethod { TracIn, Ekfac, Cg, Exact };
const char* influenceMethodName(InfluenceMethod m);               // "tracin", "ekfac", "cg", "exact"
InfluenceMethod influenceMethodFromName(const std::string& name); // ConfigError naming the choices

struct InfluenceOptions {
    InfluenceMethod method = InfluenceMethod::TracIn;
    std::string trainSplit = "train"; // the examples that are scored
    std::string testSplit = "test";   // where the test example comes from
    int64_t testIndex = 0;            // row of testSplit; -1 = self-influence of trainSplit instead
    // TracIn: which checkpoints, by step (empty = all), and an optional random projection of the
    // gradients to this many dimensions (0 = exact dot products), drawn from projectionSeed.
    std::vector<int64_t> checkpoints;
    int64_t projection = 0;
    uint64_t projectionSeed = 0;
    // EK-FAC, CG and exact: the checkpoint the influence function is taken at, and the damping
    // λ added to the curvature (relative: λ = damping × mean eigenvalue of the curvature).
    std::string checkpoint = "last";
    double damping = 0.1;
    bool absoluteDamping = false; // λ = damping itself (not relative to the mean eigenvalue)
    int64_t cgIterations = 100;
    double cgTolerance = 1e-6; // CG stops at ‖r‖ ≤ tol·‖b‖
    // EK-FAC: the Fisher's labels. false: the empirical Fisher (the training labels); true: labels
    // sampled from the model's own predictive distribution (seeded by projectionSeed).
    bool sampledFisher = false;
    int64_t chunk = 256; // examples per batched backward (memory bound)
};

struct InfluenceScores {
    InfluenceMethod method = InfluenceMethod::TracIn;
    std::string trainSplit, testSplit;
    int64_t testIndex = 0;      // -1: scores are self-influences
    std::vector<double> scores; // per row of trainSplit
    // TracIn: the steps summed over and each one's contribution per example [checkpoint][row]
    // (scores is their sum); the learning rate used at each. Empty for the other methods.
    std::vector<int64_t> steps;
    std::vector<double> learningRates;
    std::vector<std::vector<double>> perCheckpoint;
    // EK-FAC, CG and exact: the checkpoint's step and the absolute damping λ that was added.
    int64_t checkpointStep = -1;
    double lambda = 0.0;
    std::string note; // e.g. "gradients projected to 512 dimensions (seed 0)"
};

// Rows with a positive score, by descending score (ties by row), the first k (all if k <= 0);
// and the k most negative rows, most negative first. A zero score is in neither list.
std::vector<int64_t> topProponents(const std::vector<double>& scores, int64_t k);
std::vector<int64_t> topOpponents(const std::vector<double>& scores, int64_t k);

} // namespace ts
