#include "app/cli/CommandLine.h"

#include "core/Settings.h"

namespace ts::cli {

CommandLine::CommandLine(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs)
{
    auto findSpec = [&](const std::string& name) -> const OptionSpec* {
        for (const auto& s : specs)
            if (s.name == name)
                return &s;
        return nullptr;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() < 2 || a.compare(0, 2, "--") != 0 || a == "--") {
            if (!a.empty() && a[0] == '-' && a.size() > 1 && a != "-")
                throw UsageError("unknown option '" + a + "'");
            positionals_.push_back(a);
            continue;
        }
        std::string name = a.substr(2), value;
        bool inlineValue = false;
        if (auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            inlineValue = true;
        }
        const OptionSpec* spec = findSpec(name);
        if (!spec)
            throw UsageError("unknown option '--" + name + "'");
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= args.size())
                throw UsageError("option '--" + name + "' needs a value");
            value = args[++i];
        } else if (!spec->takesValue && inlineValue) {
            throw UsageError("option '--" + name + "' takes no value");
        }
        auto& slot = options_[name];
        if (!slot.empty() && !spec->repeatable)
            throw UsageError("option '--" + name + "' given more than once");
        slot.push_back(value);
    }
}

bool CommandLine::has(const std::string& name) const { return options_.count(name) > 0; }

std::string CommandLine::value(const std::string& name, const std::string& fallback) const
{
    auto it = options_.find(name);
    return it == options_.end() ? fallback : it->second.back();
}

const std::vector<std::string>& CommandLine::values(const std::string& name) const
{
    static const std::vector<std::string> none;
    auto it = options_.find(name);
    return it == options_.end() ? none : it->second;
}

std::pair<double, double> parseRange(const std::string& text, const std::string& option, const std::string& otherForms)
{
    const auto colon = text.find(':', 1); // a leading '-' is a sign
    double lo = 0, hi = 0;
    if (colon == std::string::npos || !parseDouble(text.substr(0, colon), lo) || !parseDouble(text.substr(colon + 1), hi))
        throw UsageError(option + " '" + text + "' is not LO:HI" + (otherForms.empty() ? "" : ", " + otherForms));
    return {lo, hi};
}

} // namespace ts::cli
