#include "core/tasks/ModularArithmetic.h"

#include "core/Error.h"

#include <ATen/CPUGeneratorImpl.h>

namespace ts {

namespace {
bool isPrime(int64_t n)
{
    if (n < 2)
        return false;
    for (int64_t d = 2; d * d <= n; ++d)
        if (n % d == 0)
            return false;
    return true;
}

int64_t powMod(int64_t base, int64_t exp, int64_t mod)
{
    int64_t r = 1;
    base %= mod;
    while (exp > 0) {
        if (exp & 1)
            r = r * base % mod;
        base = base * base % mod;
        exp >>= 1;
    }
    return r;
}
} // namespace

int64_t modularResult(int64_t a, int64_t b, char op, int64_t p)
{
    switch (op) {
    case '+': return (a + b) % p;
    case '-': return ((a - b) % p + p) % p;
    case '*': return (a * b) % p;
    case '/': return a * powMod(b, p - 2, p) % p; // Fermat inverse, p prime
    }
    throw ConfigError(std::string("unknown modular operation '") + op + "' (expected + - * /)");
}

TaskData makeModularArithmetic(const ModularArithmeticOptions& o)
{
    if (o.p < 2 || o.p > 100000)
        throw ConfigError("modulus p = " + std::to_string(o.p) + " must be between 2 and 100000");
    if (o.op != '+' && o.op != '-' && o.op != '*' && o.op != '/')
        throw ConfigError(std::string("unknown modular operation '") + o.op + "' (expected + - * /)");
    if (o.op == '/' && !isPrime(o.p))
        throw ConfigError("division mod p needs a prime p; " + std::to_string(o.p) + " is not prime");
    if (!(o.trainFraction > 0.0 && o.trainFraction < 1.0))
        throw ConfigError("train_frac must be strictly between 0 and 1");

    std::vector<int64_t> flat;
    for (int64_t a = 0; a < o.p; ++a) {
        for (int64_t b = o.symmetricPairs ? a : 0; b < o.p; ++b) {
            if (o.op == '/' && b == 0)
                continue;
            flat.push_back(a);
            flat.push_back(b);
        }
    }
    const int64_t n = static_cast<int64_t>(flat.size() / 2);
    auto pairs = torch::from_blob(flat.data(), {n, 2}, torch::kInt64).clone();
    auto gen = at::make_generator<at::CPUGeneratorImpl>(o.seed);
    auto perm = torch::randperm(n, gen, torch::kInt64);
    pairs = pairs.index_select(0, perm);
    auto targets = torch::empty({n}, torch::kInt64);
    auto pa = pairs.accessor<int64_t, 2>();
    auto ta = targets.accessor<int64_t, 1>();
    for (int64_t i = 0; i < n; ++i)
        ta[i] = modularResult(pa[i][0], pa[i][1], o.op, o.p);

    const auto nTrain = static_cast<int64_t>(o.trainFraction * static_cast<double>(n));
    if (nTrain < 1 || nTrain >= n)
        throw ConfigError("train_frac leaves an empty train or test split");

    TaskData t;
    t.name = "modular";
    t.description = std::string("a ") + o.op + " b mod " + std::to_string(o.p) + (o.symmetricPairs ? " (pairs a<=b)" : "") +
                    ", " + std::to_string(nTrain) + "/" + std::to_string(n - nTrain) + " train/test";
    t.loss = LossKind::CrossEntropy;
    t.inputKind = InputKind::Tokens;
    t.vocabSize = o.p;
    t.seqLen = 2;
    t.outputDim = o.p;
    t.splits.push_back({"train", pairs.slice(0, 0, nTrain).clone(), targets.slice(0, 0, nTrain).clone()});
    t.splits.push_back({"test", pairs.slice(0, nTrain).clone(), targets.slice(0, nTrain).clone()});
    return t;
}

} // namespace ts
