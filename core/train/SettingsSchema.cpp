#include "core/train/SettingsSchema.h"

#include "core/Settings.h"

#include <algorithm>
#include <cmath>

namespace ts {

namespace {
using T = SettingSpec::Type;

SettingSpec spec(const char* key, const char* label, T type, const char* placeholder, const char* help,
                 std::optional<double> min = {}, std::optional<double> max = {}, bool minExclusive = false,
                 bool maxExclusive = false)
{
    SettingSpec s;
    s.key = key;
    s.label = label;
    s.type = type;
    s.placeholder = placeholder;
    s.help = help;
    s.min = min;
    s.max = max;
    s.minExclusive = minExclusive;
    s.maxExclusive = maxExclusive;
    return s;
}

SettingSpec choice(const char* key, const char* label, std::vector<std::string> choices, const char* help)
{
    SettingSpec s = spec(key, label, T::Choice, choices.front().c_str(), help);
    s.choices = std::move(choices);
    return s;
}

std::vector<SettingSpec> taskSpecs(const std::string& task)
{
    if (task == "modular")
        return {spec("p", "Modulus p", T::Int, "67", "The modulus; division needs a prime.", 2, 100000),
                choice("op", "Operation", {"+", "-", "*", "/"}, "a op b mod p."),
                spec("train_frac", "Train fraction", T::Double, "0.4", "Share of all pairs used for training.", 0, 1, true, true),
                spec("symmetric", "Only pairs a <= b", T::Bool, "false", "Keep one of (a, b) and (b, a).")};
    if (task == "xor")
        return {spec("dim", "Input dimension", T::Int, "10000", "Dimension of the inputs.", 2, 1e7),
                spec("n_train", "Training points", T::Int, "200", "Number of training points.", 1, 1e7),
                spec("n_test", "Test points", T::Int, "1000", "Number of clean test points.", 1, 1e7),
                spec("eta", "Label-flip rate", T::Double, "0.05", "Probability a training label is flipped.", 0, 0.5, false, true),
                spec("mu_scale", "Cluster separation", T::Double, "2.5", "‖μ‖ = this · sqrt(dim / n_train).", 0, {}, true)};
    if (task == "parity")
        return {spec("bits", "Bits", T::Int, "40", "Input length.", 1, 10000),
                spec("k", "Relevant bits", T::Int, "3", "Bits whose parity is the label.", 1, 10000),
                spec("n_train", "Training points", T::Int, "1000", "", 1, 1e7),
                spec("n_test", "Test points", T::Int, "1000", "", 1, 1e7)};
    if (task == "fashion_mnist")
        return {spec("subset", "Training images", T::Int, "60000", "The first N of the 60,000 training images.", 1, 60000),
                spec("test_subset", "Test images", T::Int, "10000", "The first N of the 10,000 test images.", 1, 10000),
                spec("normalize", "Normalise pixels", T::Bool, "true", "Subtract the training mean, divide by its std.")};
    if (task == "spirals" || task == "blobs")
        return {spec("classes", "Classes", T::Int, "2", "", 2, 10),
                spec("n_train", "Training points", T::Int, "400", "", 2, 1e7),
                spec("n_test", "Test points", T::Int, "400", "", 2, 1e7),
                spec("noise", "Noise", T::Double, "0.1", "", 0, 10)};
    return {};
}

std::vector<SettingSpec> modelSpecs(const std::string& model)
{
    if (model == "mlp")
        return {spec("widths", "Hidden widths", T::Text, "128", "Comma-separated hidden layer widths."),
                choice("activation", "Activation", {"relu", "tanh", "gelu"}, ""),
                spec("embed", "Embedding size", T::Int, "64", "Token tasks only.", 1, 100000)};
    if (model == "resnet")
        return {spec("depth", "Depth (6n+2)", T::Int, "20", "Layers: 8, 14, 20, 32, 44, 56, ...", 8, 10000),
                spec("width", "Base width", T::Int, "16", "Channels of the first stage (doubled per stage).", 1, 4096),
                spec("shortcut", "Skip connections", T::Bool, "true", "Off: Li et al.'s noshort network.")};
    if (model == "tickets_mlp")
        return {spec("embed", "Embedding size", T::Int, "500", "", 1, 100000),
                spec("hidden", "Hidden width", T::Int, "48", "", 1, 100000)};
    if (model == "transformer")
        return {spec("d_model", "Model width", T::Int, "128", "Divisible by heads.", 1, 10000),
                spec("heads", "Heads", T::Int, "4", "", 1, 64), spec("layers", "Layers", T::Int, "1", "", 1, 2),
                spec("d_mlp", "MLP width", T::Int, "512", "", 1, 100000)};
    if (model == "xor_relu")
        return {spec("width", "Width m", T::Int, "500", "", 2, 1e6),
                spec("init_std", "Init std", T::Double, "1e-15", "", 0, {}, true)};
    if (model == "moe_mlp")
        return {spec("embed", "Embedding size", T::Int, "500", "", 1, 100000),
                spec("hidden", "Hidden width", T::Int, "48", "", 1, 100000),
                spec("experts", "Experts", T::Int, "4", "", 1, 1024),
                choice("routing", "Routing", {"soft", "topk"}, "Soft mixes all experts; top-k keeps k."),
                spec("top_k", "Top k", T::Int, "2", "", 1, 1024),
                spec("router_lr_scale", "Router lr scale", T::Double, "0.01", "Router learning rate / lr.", 0, 1000),
                spec("balance_coef", "Balance loss", T::Double, "0", "Switch load-balancing coefficient.", 0, 100)};
    return {};
}

std::vector<SettingSpec> trainingSpecs()
{
    return {choice("optimizer", "Optimizer", {"adamw", "adam", "sgd"}, ""),
            spec("lr", "Learning rate", T::Double, "0.001", "", 0, 1e6, true),
            spec("weight_decay", "Weight decay", T::Double, "0", "", 0, 1e6),
            spec("beta1", "Adam β1", T::Double, "0.9", "", 0, 1, false, true),
            spec("beta2", "Adam β2", T::Double, "0.999", "", 0, 1, false, true),
            spec("momentum", "SGD momentum", T::Double, "0", "", 0, 1, false, true),
            choice("schedule", "LR schedule", {"constant", "warmup", "cosine", "onecycle"}, ""),
            spec("warmup_steps", "Warm-up steps", T::Int, "0", "", 0, 1e8),
            spec("pct_start", "One-cycle warm-up share", T::Double, "0.3", "Share of the steps spent rising (onecycle).", 0, 1,
                 false, true),
            spec("steps", "Steps", T::Int, "1000", "", 0, 1e8),
            spec("batch_size", "Batch size", T::Int, "0", "0 = full batch.", 0, 1e8),
            spec("eval_every", "Evaluate every", T::Int, "10", "Steps between metric evaluations.", 1, 1e8),
            spec("checkpoints", "Checkpoints", T::Text, "log:50", "linear:N, log:N, every:K or steps:a,b,c."),
            spec("seed", "Seed", T::Int, "0", "", 0, 9e15)};
}
} // namespace

std::vector<std::string> schemaTaskNames() { return {"modular", "xor", "parity", "spirals", "blobs", "fashion_mnist"}; }

std::vector<std::string> schemaModelsForTask(const std::string& task)
{
    if (task == "modular")
        return {"tickets_mlp", "transformer", "mlp", "moe_mlp"};
    if (task == "xor")
        return {"xor_relu", "mlp"};
    if (task == "fashion_mnist")
        return {"resnet", "mlp"};
    return {"mlp"};
}

std::vector<SettingSpec> settingSpecsFor(const std::string& task, const std::string& model)
{
    std::vector<SettingSpec> out;
    for (auto s : taskSpecs(task)) {
        s.group = "task";
        out.push_back(s);
    }
    for (auto s : modelSpecs(model)) {
        s.group = "model";
        if (std::none_of(out.begin(), out.end(), [&](const SettingSpec& o) { return o.key == s.key; }))
            out.push_back(s);
    }
    for (auto s : trainingSpecs()) {
        s.group = "training";
        out.push_back(s);
    }
    return out;
}

SettingProblem checkSetting(const SettingSpec& s, const std::string& value)
{
    using C = SettingProblem::Code;
    if (value.empty())
        return {};
    double v = 0;
    switch (s.type) {
    case T::Int: {
        int64_t i = 0;
        if (!parseInt64(value, i))
            return {C::NotInteger, value};
        v = double(i);
        break;
    }
    case T::Double:
        if (!parseDouble(value, v) || !std::isfinite(v))
            return {C::NotNumber, value};
        break;
    case T::Bool:
        if (value != "true" && value != "false" && value != "1" && value != "0")
            return {C::NotBool, value};
        return {};
    case T::Choice:
        if (std::find(s.choices.begin(), s.choices.end(), value) == s.choices.end())
            return {C::NotChoice, value};
        return {};
    case T::Text:
        if (s.key == "widths") {
            Settings tmp;
            tmp.set("w", value);
            try {
                for (auto w : tmp.getIntList("w", {}))
                    if (w < 1)
                        return {C::NotPositive, value};
            } catch (...) {
                return {C::BadList, value};
            }
        }
        return {};
    }
    if (s.min && (s.minExclusive ? v <= *s.min : v < *s.min))
        return {s.minExclusive ? C::AtOrBelowMin : C::BelowMin, formatDouble(*s.min)};
    if (s.max && (s.maxExclusive ? v >= *s.max : v > *s.max))
        return {s.maxExclusive ? C::AtOrAboveMax : C::AboveMax, formatDouble(*s.max)};
    return {};
}

std::string validateSetting(const SettingSpec& s, const std::string& value)
{
    using C = SettingProblem::Code;
    const auto p = checkSetting(s, value);
    switch (p.code) {
    case C::None: return {};
    case C::NotInteger: return "'" + p.value + "' is not a whole number";
    case C::NotNumber: return "'" + p.value + "' is not a number";
    case C::NotBool: return "use true or false";
    case C::NotChoice: return "'" + p.value + "' is not one of the choices";
    case C::BadList: return "use comma-separated whole numbers, e.g. 128,64";
    case C::NotPositive: return "every width must be positive";
    case C::BelowMin: return "must be at least " + p.value;
    case C::AtOrBelowMin: return "must be greater than " + p.value;
    case C::AboveMax: return "must be at most " + p.value;
    case C::AtOrAboveMax: return "must be less than " + p.value;
    }
    return {};
}

} // namespace ts
