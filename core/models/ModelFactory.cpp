#include "core/models/ModelFactory.h"

#include "core/Error.h"
#include "core/models/Mlp.h"
#include "core/models/MoeMlp.h"
#include "core/models/ResNet.h"
#include "core/models/TicketsMlp.h"
#include "core/models/Transformer.h"
#include "core/models/XorReluNet.h"

#include <ATen/CPUGeneratorImpl.h>

namespace ts {

std::vector<std::string> modelNames() { return {"mlp", "tickets_mlp", "transformer", "xor_relu", "moe_mlp", "resnet"}; }

std::vector<std::string> modelSettingKeys(const std::string& arch)
{
    if (arch == "mlp")
        return {"widths", "activation", "embed"};
    if (arch == "tickets_mlp")
        return {"embed", "hidden"};
    if (arch == "transformer")
        return {"d_model", "heads", "layers", "d_mlp"};
    if (arch == "xor_relu")
        return {"width", "init_std"};
    if (arch == "moe_mlp")
        return {"embed", "hidden", "experts", "routing", "top_k", "router_lr_scale", "balance_coef"};
    if (arch == "resnet")
        return {"depth", "width", "shortcut"};
    return {};
}

namespace {
void requireTokenPairs(const std::string& arch, const TaskData& task)
{
    if (task.inputKind != InputKind::Tokens || task.seqLen != 2)
        throw ConfigError("model '" + arch + "' needs a two-token task such as modular (task '" + task.name + "' is not)");
    if (task.loss != LossKind::CrossEntropy)
        throw ConfigError("model '" + arch + "' needs a classification task");
}
} // namespace

Settings resolveModelSpec(const std::string& arch, const Settings& s, const TaskData& task)
{
    Settings spec;
    auto copy = [&](const std::string& key, const std::string& fallback) { spec.set(key, s.getString(key, fallback)); };
    if (arch == "tickets_mlp" || arch == "moe_mlp" || arch == "transformer")
        requireTokenPairs(arch, task);
    if (arch == "tickets_mlp") {
        spec.set("vocab", std::to_string(task.vocabSize));
        copy("embed", "500");
        copy("hidden", "48");
    } else if (arch == "moe_mlp") {
        spec.set("vocab", std::to_string(task.vocabSize));
        copy("embed", "500");
        copy("hidden", "48");
        copy("experts", "4");
        copy("routing", "soft");
        copy("top_k", "2");
        copy("router_lr_scale", "0.01");
        copy("balance_coef", "0");
    } else if (arch == "transformer") {
        spec.set("vocab", std::to_string(task.vocabSize));
        spec.set("seq_len", std::to_string(task.seqLen));
        copy("d_model", "128");
        copy("heads", "4");
        copy("layers", "1");
        copy("d_mlp", "512");
    } else if (arch == "xor_relu") {
        if (task.inputKind != InputKind::Features || task.loss != LossKind::Logistic)
            throw ConfigError("model 'xor_relu' needs a binary task with feature inputs, such as xor");
        spec.set("in_dim", std::to_string(task.featureDim));
        copy("width", "500");
        copy("init_std", "1e-15");
    } else if (arch == "mlp") {
        if (task.inputKind == InputKind::Tokens) {
            spec.set("vocab", std::to_string(task.vocabSize));
            spec.set("seq_len", std::to_string(task.seqLen));
            copy("embed", "64");
        } else {
            spec.set("in_dim", std::to_string(task.featureDim));
        }
        copy("widths", "128");
        copy("activation", "relu");
        if (task.loss != LossKind::CrossEntropy)
            spec.set("scalar_output", "true");
    } else if (arch == "resnet") {
        if (task.imageShape.size() != 3)
            throw ConfigError("model 'resnet' needs an image task such as fashion_mnist (task '" + task.name +
                              "' is not)");
        if (task.loss != LossKind::CrossEntropy)
            throw ConfigError("model 'resnet' needs a classification task");
        ResNet::checkShape(s.getInt("depth", 20), s.getInt("width", 16));
        copy("depth", "20");
        copy("width", "16");
        spec.set("shortcut", s.getBool("shortcut", true) ? "true" : "false");
        spec.set("in_channels", std::to_string(task.imageShape[0]));
        spec.set("image_height", std::to_string(task.imageShape[1]));
        spec.set("image_width", std::to_string(task.imageShape[2]));
    } else {
        throw ConfigError("unknown model '" + arch +
                          "' (expected one of mlp, tickets_mlp, transformer, xor_relu, moe_mlp, resnet)");
    }
    spec.set("out", std::to_string(task.loss == LossKind::CrossEntropy ? task.outputDim : 1));
    return spec;
}

std::unique_ptr<Model> makeModel(const std::string& arch, const Settings& spec, uint64_t seed)
{
    auto gen = at::make_generator<at::CPUGeneratorImpl>(seed);
    if (arch == "tickets_mlp")
        return std::make_unique<TicketsMlp>(spec, gen);
    if (arch == "mlp")
        return std::make_unique<Mlp>(spec, gen);
    if (arch == "transformer")
        return std::make_unique<Transformer>(spec, gen);
    if (arch == "xor_relu")
        return std::make_unique<XorReluNet>(spec, gen);
    if (arch == "moe_mlp")
        return std::make_unique<MoeMlp>(spec, gen);
    if (arch == "resnet")
        return std::make_unique<ResNet>(spec, gen);
    throw ConfigError("unknown model '" + arch + "'");
}

} // namespace ts
