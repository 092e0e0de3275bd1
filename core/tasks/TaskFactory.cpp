#include "core/tasks/TaskFactory.h"

#include "core/Error.h"
#include "core/tasks/FashionMnist.h"
#include "core/tasks/ModularArithmetic.h"
#include "core/tasks/PlanarSets.h"
#include "core/tasks/SparseParity.h"
#include "core/tasks/XorClusters.h"

namespace ts {

std::vector<std::string> taskNames() { return {"modular", "xor", "parity", "spirals", "blobs", "fashion_mnist"}; }

std::vector<std::string> taskSettingKeys(const std::string& task)
{
    if (task == "modular")
        return {"p", "op", "train_frac", "symmetric"};
    if (task == "xor")
        return {"dim", "n_train", "n_test", "eta", "mu_scale"};
    if (task == "parity")
        return {"bits", "k", "n_train", "n_test"};
    if (task == "spirals" || task == "blobs")
        return {"classes", "n_train", "n_test", "noise"};
    if (task == "fashion_mnist")
        return {"subset", "test_subset", "normalize", "data_dir"};
    return {};
}

namespace {
uint64_t dataSeed(const Settings& s)
{
    // The data follows the run's seed unless data_seed fixes it separately.
    int64_t seed = s.getInt("data_seed", s.getInt("seed", 0));
    if (seed < 0)
        throw ConfigError("data_seed must be >= 0");
    return static_cast<uint64_t>(seed);
}

char parseOp(const std::string& op)
{
    if (op == "+" || op == "add")
        return '+';
    if (op == "-" || op == "sub")
        return '-';
    if (op == "*" || op == "mul")
        return '*';
    if (op == "/" || op == "div")
        return '/';
    throw ConfigError("op '" + op + "' is not one of + - * / (or add sub mul div)");
}
} // namespace

TaskData makeTask(const Settings& s)
{
    const std::string task = s.getString("task", "");
    if (task == "modular") {
        ModularArithmeticOptions o;
        o.p = s.getInt("p", o.p);
        o.op = parseOp(s.getString("op", "+"));
        o.trainFraction = s.getDouble("train_frac", o.trainFraction);
        o.symmetricPairs = s.getBool("symmetric", o.symmetricPairs);
        o.seed = dataSeed(s);
        return makeModularArithmetic(o);
    }
    if (task == "xor") {
        XorClustersOptions o;
        o.dim = s.getInt("dim", o.dim);
        o.nTrain = s.getInt("n_train", o.nTrain);
        o.nTest = s.getInt("n_test", o.nTest);
        o.eta = s.getDouble("eta", o.eta);
        o.muScale = s.getDouble("mu_scale", o.muScale);
        o.seed = dataSeed(s);
        return makeXorClusters(o);
    }
    if (task == "parity") {
        SparseParityOptions o;
        o.bits = s.getInt("bits", o.bits);
        o.k = s.getInt("k", o.k);
        o.nTrain = s.getInt("n_train", o.nTrain);
        o.nTest = s.getInt("n_test", o.nTest);
        o.seed = dataSeed(s);
        return makeSparseParity(o);
    }
    if (task == "spirals" || task == "blobs") {
        PlanarOptions o;
        o.classes = s.getInt("classes", o.classes);
        o.nTrain = s.getInt("n_train", o.nTrain);
        o.nTest = s.getInt("n_test", o.nTest);
        o.noise = s.getDouble("noise", o.noise);
        o.seed = dataSeed(s);
        return task == "spirals" ? makeSpirals(o) : makeBlobs(o);
    }
    if (task == "fashion_mnist") {
        // The data is fixed: data_seed does not apply (subsets are the first images).
        FashionMnistOptions o;
        o.dataDir = s.getString("data_dir", "");
        o.subset = s.getInt("subset", o.subset);
        o.testSubset = s.getInt("test_subset", o.testSubset);
        o.normalize = s.getBool("normalize", o.normalize);
        return makeFashionMnist(o);
    }
    if (task.empty())
        throw ConfigError("no task given (expected one of modular, xor, parity, spirals, blobs, fashion_mnist)");
    throw ConfigError("unknown task '" + task + "' (expected one of modular, xor, parity, spirals, blobs, fashion_mnist)");
}

} // namespace ts
