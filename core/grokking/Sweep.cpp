#include "core/grokking/Sweep.h"

#include "core/Error.h"
#include "core/grokking/GrokkingEvents.h"
#include "core/runfile/RunReader.h"
#include "core/runfile/RunWriter.h"
#include "core/train/Trainer.h"

#include <filesystem>

namespace ts {

std::vector<SweepMember> runSweep(const Settings& base, const std::string& key, const std::vector<std::string>& values,
                                  const std::string& outDir, Feedback* feedback, const ComputeDevice& device)
{
    if (values.empty())
        throw ConfigError("a sweep needs at least one value");
    // Validate every member before the first one trains.
    std::vector<TrainConfig> configs;
    for (const auto& v : values) {
        Settings s = base;
        s.set(key, v);
        configs.push_back(TrainConfig::fromSettings(s));
        configs.back().device = device;
    }
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec)
        throw FileError(outDir, "cannot create the sweep folder (" + ec.message() + ")");
    std::vector<SweepMember> members;
    for (std::size_t i = 0; i < configs.size(); ++i) {
        if (feedback)
            feedback->throwIfCancelled();
        const std::string path = (std::filesystem::path(outDir) / (key + "=" + values[i] + ".h5")).string();
        Trainer trainer(configs[i]);
        {
            RunWriter writer(path, trainer.runHeader());
            ScaledFeedback sub(feedback, double(i) / double(configs.size()), double(i + 1) / double(configs.size()));
            trainer.run(&writer, &sub);
            writer.close();
        }
        const auto ev = detectGrokking(RunReader(path));
        members.push_back({values[i], path, ev.tMem, ev.t50, ev.t90, ev.verdictName});
    }
    if (feedback)
        feedback->setProgress(1.0);
    return members;
}

} // namespace ts
