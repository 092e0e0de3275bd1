#pragma once
// Builds models: resolveModelSpec() fills a model's spec from the user's settings and the
// task (vocabulary, input and output sizes); makeModel() builds it from a spec alone, which
// is what a run file stores, so any run's model can be rebuilt.
#include "core/Settings.h"
#include "core/models/Model.h"
#include "core/tasks/TaskData.h"

#include <memory>
#include <string>
#include <vector>

namespace ts {

Settings resolveModelSpec(const std::string& arch, const Settings& settings, const TaskData& task);
std::unique_ptr<Model> makeModel(const std::string& arch, const Settings& spec, uint64_t seed);
std::vector<std::string> modelNames();
std::vector<std::string> modelSettingKeys(const std::string& arch);

} // namespace ts
