#pragma once
// Builds a task from settings: key "task" picks it, the other keys are its options.
#include "core/Settings.h"
#include "core/tasks/TaskData.h"

#include <string>
#include <vector>

namespace ts {

TaskData makeTask(const Settings& settings);
std::vector<std::string> taskNames();
// The setting keys a task reads (besides "task" and "data_seed"), for unknown-key checks.
std::vector<std::string> taskSettingKeys(const std::string& task);

} // namespace ts
