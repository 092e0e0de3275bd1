#pragma once
// An ordered set of key=value settings with typed, validated access. Used for task, model
// and trainer configuration: everything a user can set with `--set key=value` and what the
// run file stores as text attributes.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace ts {

class Settings {
public:
    using Entries = std::vector<std::pair<std::string, std::string>>;

    Settings() = default;
    Settings(std::initializer_list<std::pair<std::string, std::string>> entries) : entries_(entries) {}

    void set(const std::string& key, const std::string& value);
    bool has(const std::string& key) const;
    const Entries& entries() const { return entries_; }

    // Typed getters: a missing key gives the fallback, a malformed value throws ConfigError
    // naming the key, the value and what was expected.
    std::string getString(const std::string& key, const std::string& fallback) const;
    int64_t getInt(const std::string& key, int64_t fallback) const;
    double getDouble(const std::string& key, double fallback) const;
    bool getBool(const std::string& key, bool fallback) const;
    std::vector<int64_t> getIntList(const std::string& key, const std::vector<int64_t>& fallback) const;

    // Parses "key=value"; throws ConfigError on a missing '=' or empty key.
    static std::pair<std::string, std::string> parseAssignment(const std::string& text);

private:
    const std::string* find(const std::string& key) const;
    Entries entries_;
};

// Strict number parsing shared by settings and the CLI (whole string must be a number).
bool parseInt64(const std::string& text, int64_t& out);
bool parseDouble(const std::string& text, double& out);
std::string formatDouble(double v);
// "a,b,c" → {"a", "b", "c"} (empty parts kept, so callers can reject them).
std::vector<std::string> splitList(const std::string& text, char separator);

} // namespace ts
