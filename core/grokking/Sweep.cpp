#include "core/grokking/Sweep.h"

#include "core/Error.h"
#include "core/grokking/GroupEvents.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Trainer.h"

#include <algorithm>
#include <filesystem>

namespace ts {

std::vector<SweepMember> runSweep(const Settings& base, const std::string& key, const std::vector<std::string>& values,
                                  const std::string& outDir, Feedback* feedback, const ComputeDevice& device,
                                  const std::vector<std::string>& seeds)
{
    if (values.empty())
        throw ConfigError("a sweep needs at least one value");
    if (!seeds.empty() && key == "seed")
        throw ConfigError("a sweep of the seed cannot have --seeds as well");
    // Validate every member before the first one trains.
    std::vector<TrainConfig> configs;
    std::vector<std::pair<std::string, std::string>> names; // value, seed
    const std::vector<std::string> seedList = seeds.empty() ? std::vector<std::string>{""} : seeds;
    for (const auto& v : values)
        for (const auto& seed : seedList) {
            Settings s = base;
            s.set(key, v);
            if (!seed.empty())
                s.set("seed", seed);
            configs.push_back(TrainConfig::fromSettings(s));
            configs.back().device = device;
            names.emplace_back(v, seed);
        }
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec)
        throw FileError(outDir, "cannot create the sweep folder (" + ec.message() + ")");
    std::vector<SweepMember> members;
    for (std::size_t i = 0; i < configs.size(); ++i) {
        if (feedback)
            feedback->throwIfCancelled();
        const auto& [value, seed] = names[i];
        const std::string path = (std::filesystem::path(outDir) / sweepFileName(key, value, seed)).string();
        Trainer trainer(configs[i]);
        {
            RunWriter writer(path, trainer.runHeader());
            ScaledFeedback sub(feedback, double(i) / double(configs.size()), double(i + 1) / double(configs.size()));
            trainer.run(&writer, &sub);
            writer.close();
        }
        const auto ev = detectGrokking(RunReader(path));
        members.push_back({value, seed, path, ev.tMem, ev.t50, ev.t90, ev.verdictName});
    }
    if (feedback)
        feedback->setProgress(1.0);
    return members;
}

std::string sweepFileName(const std::string& key, const std::string& value, const std::string& seed)
{
    return key + "=" + value + (seed.empty() ? std::string() : "_seed=" + seed) + ".h5";
}

bool parseSweepFileName(const std::string& fileName, std::string& key, std::string& value, std::string& seed)
{
    const std::string ext = ".h5";
    if (fileName.size() <= ext.size() || fileName.compare(fileName.size() - ext.size(), ext.size(), ext) != 0)
        return false;
    std::string base = fileName.substr(0, fileName.size() - ext.size());
    seed.clear();
    // A seed sweep's own members (seed=3.h5) have no second seed.
    if (const auto at = base.rfind("_seed="); at != std::string::npos && at > 0) {
        seed = base.substr(at + 6);
        base.resize(at);
        if (seed.empty())
            return false;
    }
    const auto eq = base.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == base.size())
        return false;
    key = base.substr(0, eq);
    value = base.substr(eq + 1);
    return true;
}

std::vector<SweepPoint> sweepPoints(const std::vector<SweepMember>& members)
{
    std::vector<std::string> order;
    for (const auto& m : members)
        if (std::find(order.begin(), order.end(), m.value) == order.end())
            order.push_back(m.value);
    std::vector<SweepPoint> points;
    for (const auto& v : order) {
        std::vector<int64_t> mem, t50, t90;
        for (const auto& m : members)
            if (m.value == v) {
                mem.push_back(m.tMem);
                t50.push_back(m.t50);
                t90.push_back(m.t90);
            }
        points.push_back({v, int(mem.size()), eventStepSummary(mem), eventStepSummary(t50), eventStepSummary(t90)});
    }
    return points;
}

} // namespace ts
