#include "core/Settings.h"

#include "core/Error.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ts {

bool parseInt64(const std::string& text, int64_t& out)
{
    if (text.empty())
        return false;
    errno = 0;
    char* end = nullptr;
    long long v = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || end != text.c_str() + text.size()) {
        // Accept integral floating forms such as "1e3".
        double d = 0;
        if (!parseDouble(text, d) || std::floor(d) != d || std::fabs(d) > 9.0e18)
            return false;
        out = static_cast<int64_t>(d);
        return true;
    }
    out = v;
    return true;
}

bool parseDouble(const std::string& text, double& out)
{
    if (text.empty())
        return false;
    errno = 0;
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (errno == ERANGE || end != text.c_str() + text.size())
        return false;
    out = v;
    return true;
}

std::string formatDouble(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    // Prefer the shortest text that reads back to the same value.
    for (int prec = 1; prec <= 17; ++prec) {
        char tryBuf[64];
        std::snprintf(tryBuf, sizeof tryBuf, "%.*g", prec, v);
        if (std::strtod(tryBuf, nullptr) == v)
            return tryBuf;
    }
    return buf;
}

void Settings::set(const std::string& key, const std::string& value)
{
    for (auto& e : entries_) {
        if (e.first == key) {
            e.second = value;
            return;
        }
    }
    entries_.emplace_back(key, value);
}

bool Settings::has(const std::string& key) const { return find(key) != nullptr; }

const std::string* Settings::find(const std::string& key) const
{
    for (const auto& e : entries_)
        if (e.first == key)
            return &e.second;
    return nullptr;
}

std::string Settings::getString(const std::string& key, const std::string& fallback) const
{
    const std::string* v = find(key);
    return v ? *v : fallback;
}

int64_t Settings::getInt(const std::string& key, int64_t fallback) const
{
    const std::string* v = find(key);
    if (!v)
        return fallback;
    int64_t out = 0;
    if (!parseInt64(*v, out))
        throw ConfigError("setting '" + key + "': '" + *v + "' is not an integer");
    return out;
}

double Settings::getDouble(const std::string& key, double fallback) const
{
    const std::string* v = find(key);
    if (!v)
        return fallback;
    double out = 0;
    if (!parseDouble(*v, out))
        throw ConfigError("setting '" + key + "': '" + *v + "' is not a number");
    if (!std::isfinite(out))
        throw ConfigError("setting '" + key + "': '" + *v + "' is not a finite number");
    return out;
}

bool Settings::getBool(const std::string& key, bool fallback) const
{
    const std::string* v = find(key);
    if (!v)
        return fallback;
    if (*v == "1" || *v == "true" || *v == "yes" || *v == "on")
        return true;
    if (*v == "0" || *v == "false" || *v == "no" || *v == "off")
        return false;
    throw ConfigError("setting '" + key + "': '" + *v + "' is not a boolean (use true or false)");
}

std::vector<int64_t> Settings::getIntList(const std::string& key, const std::vector<int64_t>& fallback) const
{
    const std::string* v = find(key);
    if (!v)
        return fallback;
    std::vector<int64_t> out;
    std::string item;
    for (std::size_t i = 0; i <= v->size(); ++i) {
        if (i == v->size() || (*v)[i] == ',') {
            int64_t n = 0;
            if (!parseInt64(item, n))
                throw ConfigError("setting '" + key + "': '" + *v + "' is not a comma-separated list of integers");
            out.push_back(n);
            item.clear();
        } else {
            item += (*v)[i];
        }
    }
    return out;
}

std::pair<std::string, std::string> Settings::parseAssignment(const std::string& text)
{
    auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw ConfigError("'" + text + "' is not of the form key=value");
    return {text.substr(0, eq), text.substr(eq + 1)};
}

std::vector<std::string> splitList(const std::string& text, char separator)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto pos = text.find(separator, start);
        out.push_back(text.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
        if (pos == std::string::npos)
            return out;
        start = pos + 1;
    }
}

} // namespace ts
