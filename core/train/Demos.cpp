#include "core/train/Demos.h"

#include "core/Error.h"

namespace ts {

std::vector<std::string> demoNames() { return {"grokking", "xor", "moe", "moe-topk", kSkipConnectionsDemo}; }

Settings demoSettings(const std::string& name)
{
    if (name == "grokking") {
        // Grokking-Tickets MLP on a+b mod 67, pairs a<=b, 911/1,367 train/test.
        return Settings({{"task", "modular"}, {"p", "67"}, {"op", "+"}, {"train_frac", "0.4"}, {"symmetric", "true"},
                         {"model", "tickets_mlp"}, {"embed", "500"}, {"hidden", "48"},
                         {"optimizer", "adamw"}, {"lr", "0.01"}, {"beta1", "0.9"}, {"beta2", "0.98"},
                         {"weight_decay", "1"}, {"batch_size", "0"}, {"steps", "2500"}, {"eval_every", "10"},
                         {"checkpoints", "log:100"}, {"seed", "0"}});
    }
    if (name == "xor") {
        // Xu et al.: benign overfitting then grokking on XOR clusters, GD on the first layer.
        return Settings({{"task", "xor"}, {"dim", "10000"}, {"n_train", "200"}, {"n_test", "1000"}, {"eta", "0.05"},
                         {"model", "xor_relu"}, {"width", "500"}, {"init_std", "1e-15"},
                         {"optimizer", "sgd"}, {"lr", "1e-14"}, {"momentum", "0"}, {"weight_decay", "0"},
                         {"batch_size", "0"}, {"steps", "200"}, {"eval_every", "1"}, {"checkpoints", "log:60"},
                         {"seed", "0"}});
    }
    if (name == "moe" || name == "moe-topk") {
        Settings s({{"task", "modular"}, {"p", "67"}, {"op", "+"}, {"train_frac", "0.4"}, {"symmetric", "true"},
                    {"model", "moe_mlp"}, {"embed", "500"}, {"hidden", "48"}, {"experts", "4"},
                    {"routing", "soft"}, {"router_lr_scale", "0.01"},
                    {"optimizer", "adamw"}, {"lr", "0.01"}, {"beta1", "0.9"}, {"beta2", "0.98"},
                    {"weight_decay", "1"}, {"batch_size", "0"}, {"steps", "2000"}, {"eval_every", "10"},
                    {"checkpoints", "every:100"}, {"seed", "0"}, {"routing_samples", "128"}});
        if (name == "moe-topk") {
            // The contrast: hard top-2 routing with a fast router and load balancing.
            s.set("routing", "topk");
            s.set("top_k", "2");
            s.set("router_lr_scale", "1");
            s.set("balance_coef", "0.01");
        }
        return s;
    }
    if (name == kSkipConnectionsDemo) {
        // Li et al. 2018, Figure 5, made cheap: the run with shortcuts; the demo trains the
        // same configuration again with shortcut=false (core/landscape/SkipConnectionDemo.h).
        return Settings({{"task", "fashion_mnist"}, {"subset", "10000"}, {"test_subset", "2000"},
                         {"model", "resnet"}, {"depth", "20"}, {"width", "8"}, {"shortcut", "true"},
                         {"optimizer", "sgd"}, {"lr", "0.1"}, {"momentum", "0.9"}, {"nesterov", "true"},
                         {"weight_decay", "5e-4"}, {"schedule", "onecycle"}, {"batch_size", "128"},
                         {"steps", "156"}, {"eval_every", "39"}, {"checkpoints", "linear:5"}, {"seed", "0"}});
    }
    throw ConfigError("unknown demo '" + name + "' (expected grokking, xor, moe, moe-topk or skip-connections)");
}

} // namespace ts
