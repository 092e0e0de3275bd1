#pragma once
// What each training setting means, its type and valid range: drives the New Training Run
// dialog's fields and their validation messages. Torch-free so GUI code can include it.
#include "core/Settings.h"

#include <optional>
#include <string>
#include <vector>

namespace ts {

struct SettingSpec {
    enum class Type { Int, Double, Bool, Choice, Text };
    std::string key;
    std::string label;       // short, for a form
    std::string help;        // one sentence
    Type type = Type::Text;
    std::string placeholder; // the value used when left empty
    std::optional<double> min, max;
    bool minExclusive = false;
    bool maxExclusive = false;
    std::vector<std::string> choices; // Choice only
    std::string group;       // "task", "model" or "training"
};

std::vector<std::string> schemaTaskNames();
// Models that can train on the task (e.g. tickets_mlp needs two-token inputs).
std::vector<std::string> schemaModelsForTask(const std::string& task);

// Settings shown for a task + model pair, in form order (task's, model's, then training).
std::vector<SettingSpec> settingSpecsFor(const std::string& task, const std::string& model);
// Why a value is invalid, as a code (so the GUI can word it in the user's language) and
// the bound or value it refers to.
struct SettingProblem {
    enum class Code { None, NotInteger, NotNumber, NotBool, NotChoice, BadList, NotPositive, BelowMin, AtOrBelowMin, AboveMax, AtOrAboveMax };
    Code code = Code::None;
    std::string value; // the offending text, or the bound for BelowMin/AtOrBelowMin/AboveMax
    explicit operator bool() const { return code != Code::None; }
};
SettingProblem checkSetting(const SettingSpec& spec, const std::string& value);
// The same in English (for the CLI and logs).
std::string validateSetting(const SettingSpec& spec, const std::string& value);

} // namespace ts
