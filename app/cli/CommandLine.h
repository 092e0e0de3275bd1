#pragma once
// A small, strict argv parser: "--name value", "--name=value", boolean "--flag", repeated
// options (such as --set), and positionals. Anything unexpected is a UsageError.
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ts::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;   // without the leading "--"
    bool takesValue = true;
    bool repeatable = false;
};

class CommandLine {
public:
    CommandLine(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

    bool has(const std::string& name) const;
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    const std::vector<std::string>& values(const std::string& name) const; // repeatable options
    const std::vector<std::string>& positionals() const { return positionals_; }

private:
    std::map<std::string, std::vector<std::string>> options_;
    std::vector<std::string> positionals_;
};

// "LO:HI" (either may be negative: "-0.25:1.25"); a UsageError that names the option and,
// where given, the other accepted forms otherwise.
std::pair<double, double> parseRange(const std::string& text, const std::string& option = "--range",
                                     const std::string& otherForms = {});

} // namespace ts::cli
