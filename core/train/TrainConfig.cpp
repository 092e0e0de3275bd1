#include "core/train/TrainConfig.h"

#include "core/Error.h"
#include "core/models/ModelFactory.h"
#include "core/tasks/TaskFactory.h"
#include "core/train/CheckpointSchedule.h"

#include <algorithm>

namespace ts {

std::vector<std::string> TrainConfig::trainerKeys()
{
    return {"task", "model", "demo", "optimizer", "lr", "momentum", "nesterov", "beta1", "beta2", "eps",
            "weight_decay", "schedule", "warmup_steps", "min_lr_frac", "pct_start", "steps", "batch_size", "eval_every",
            "checkpoints", "seed", "data_seed", "threads", "routing_samples", "ticket", "init"};
}

TrainConfig TrainConfig::fromSettings(const Settings& s)
{
    TrainConfig c;
    c.settings = s;
    c.task = s.getString("task", "");
    c.model = s.getString("model", "");
    if (c.task.empty())
        throw ConfigError("no task given (use --task or --demo)");
    if (c.model.empty())
        throw ConfigError("no model given (use --model or --demo)");
    auto tasks = taskNames();
    if (std::find(tasks.begin(), tasks.end(), c.task) == tasks.end())
        throw ConfigError("unknown task '" + c.task + "'");
    auto models = modelNames();
    if (std::find(models.begin(), models.end(), c.model) == models.end())
        throw ConfigError("unknown model '" + c.model + "'");

    auto known = trainerKeys();
    for (const auto& k : taskSettingKeys(c.task))
        known.push_back(k);
    for (const auto& k : modelSettingKeys(c.model))
        known.push_back(k);
    for (const auto& [key, value] : s.entries())
        if (std::find(known.begin(), known.end(), key) == known.end())
            throw ConfigError("unknown setting '" + key + "' for task '" + c.task + "' and model '" + c.model + "'");

    c.steps = s.getInt("steps", c.steps);
    if (c.steps < 0 || c.steps > 100000000)
        throw ConfigError("steps must be between 0 and 100000000");
    c.batchSize = s.getInt("batch_size", c.batchSize);
    if (c.batchSize < 0)
        throw ConfigError("batch_size must be >= 0 (0 = full batch)");
    c.evalEvery = s.getInt("eval_every", c.evalEvery);
    if (c.evalEvery < 1)
        throw ConfigError("eval_every must be >= 1");
    c.checkpoints = s.getString("checkpoints", c.checkpoints);
    checkpointSteps(c.checkpoints, c.steps); // validates
    const int64_t seed = s.getInt("seed", 0);
    if (seed < 0)
        throw ConfigError("seed must be >= 0");
    c.seed = static_cast<uint64_t>(seed);
    const int64_t threads = s.getInt("threads", 0);
    if (threads < 0 || threads > 256)
        throw ConfigError("threads must be between 0 (default) and 256");
    c.threads = static_cast<int>(threads);
    c.init = s.getString("init", "");
    c.routingSamples = s.getInt("routing_samples", c.routingSamples);
    if (c.routingSamples < 1)
        throw ConfigError("routing_samples must be positive");
    // The run file records every trainer setting, given or not, so analyses (2/lr lines,
    // re-runs) never have to guess a default. These equal the readers' defaults
    // (Optimizer.cpp, LrSchedule.cpp, above).
    const std::pair<const char*, std::string> defaults[] = {
        {"optimizer", "adamw"}, {"lr", "0.001"}, {"weight_decay", "0"}, {"schedule", "constant"},
        {"steps", std::to_string(c.steps)}, {"batch_size", std::to_string(c.batchSize)},
        {"eval_every", std::to_string(c.evalEvery)}, {"checkpoints", c.checkpoints}, {"seed", std::to_string(c.seed)}};
    for (const auto& [key, value] : defaults)
        if (!c.settings.has(key))
            c.settings.set(key, value);
    if (c.settings.getString("schedule", "") == "onecycle" && !c.settings.has("pct_start"))
        c.settings.set("pct_start", "0.3");
    return c;
}

} // namespace ts
