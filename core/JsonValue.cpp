#include "core/JsonValue.h"

#include "core/Error.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>

namespace ts {

class JsonParser {
public:
    explicit JsonParser(const std::string& s) : s_(s) {}

    JsonValue document()
    {
        JsonValue v = value(0);
        skipSpace();
        if (pos_ != s_.size())
            fail("unexpected text after the value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const
    {
        throw ConfigError("invalid JSON at byte " + std::to_string(pos_) + ": " + what);
    }
    void skipSpace()
    {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }
    bool consume(const char* word)
    {
        std::size_t n = 0;
        while (word[n])
            ++n;
        if (s_.compare(pos_, n, word) != 0)
            return false;
        pos_ += n;
        return true;
    }

    JsonValue value(int depth)
    {
        if (depth > 256)
            fail("nested too deeply");
        skipSpace();
        if (pos_ >= s_.size())
            fail("unexpected end of text");
        JsonValue v;
        const char c = s_[pos_];
        if (c == '{') {
            v.kind_ = JsonValue::Kind::Object;
            ++pos_;
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == '}') {
                ++pos_;
                return v;
            }
            for (;;) {
                skipSpace();
                if (pos_ >= s_.size() || s_[pos_] != '"')
                    fail("expected a string key");
                std::string key = string();
                skipSpace();
                if (pos_ >= s_.size() || s_[pos_] != ':')
                    fail("expected ':'");
                ++pos_;
                v.members_.emplace_back(std::move(key), value(depth + 1));
                skipSpace();
                if (pos_ < s_.size() && s_[pos_] == ',') {
                    ++pos_;
                    continue;
                }
                if (pos_ < s_.size() && s_[pos_] == '}') {
                    ++pos_;
                    return v;
                }
                fail("expected ',' or '}'");
            }
        }
        if (c == '[') {
            v.kind_ = JsonValue::Kind::Array;
            ++pos_;
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == ']') {
                ++pos_;
                return v;
            }
            for (;;) {
                v.items_.push_back(value(depth + 1));
                skipSpace();
                if (pos_ < s_.size() && s_[pos_] == ',') {
                    ++pos_;
                    continue;
                }
                if (pos_ < s_.size() && s_[pos_] == ']') {
                    ++pos_;
                    return v;
                }
                fail("expected ',' or ']'");
            }
        }
        if (c == '"') {
            v.kind_ = JsonValue::Kind::String;
            v.string_ = string();
            return v;
        }
        if (consume("true")) {
            v.kind_ = JsonValue::Kind::Bool;
            v.bool_ = true;
            return v;
        }
        if (consume("false")) {
            v.kind_ = JsonValue::Kind::Bool;
            return v;
        }
        if (consume("null"))
            return v;
        return number();
    }

    JsonValue number()
    {
        const std::size_t start = pos_;
        bool integer = true;
        if (pos_ < s_.size() && s_[pos_] == '-')
            ++pos_;
        const std::size_t digits = pos_;
        while (pos_ < s_.size() && isdigit(static_cast<unsigned char>(s_[pos_])))
            ++pos_;
        if (pos_ == digits)
            fail("expected a value");
        if (pos_ < s_.size() && s_[pos_] == '.') {
            integer = false;
            ++pos_;
            const std::size_t frac = pos_;
            while (pos_ < s_.size() && isdigit(static_cast<unsigned char>(s_[pos_])))
                ++pos_;
            if (pos_ == frac)
                fail("expected digits after '.'");
        }
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            integer = false;
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-'))
                ++pos_;
            const std::size_t ex = pos_;
            while (pos_ < s_.size() && isdigit(static_cast<unsigned char>(s_[pos_])))
                ++pos_;
            if (pos_ == ex)
                fail("expected an exponent");
        }
        const std::string text = s_.substr(start, pos_ - start);
        JsonValue v;
        v.kind_ = JsonValue::Kind::Number;
        v.number_ = std::strtod(text.c_str(), nullptr);
        if (integer) {
            errno = 0;
            const long long i = std::strtoll(text.c_str(), nullptr, 10);
            if (errno == 0) {
                v.isInteger_ = true;
                v.integer_ = i;
            }
        }
        return v;
    }

    unsigned hex4()
    {
        if (pos_ + 4 > s_.size())
            fail("truncated \\u escape");
        unsigned u = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = s_[pos_++];
            u <<= 4;
            if (c >= '0' && c <= '9')
                u |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                u |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                u |= unsigned(c - 'A' + 10);
            else
                fail("bad \\u escape");
        }
        return u;
    }

    static void appendUtf8(std::string& out, unsigned cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    std::string string()
    {
        ++pos_; // opening quote
        std::string out;
        for (;;) {
            if (pos_ >= s_.size())
                fail("unterminated string");
            const char c = s_[pos_++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= s_.size())
                fail("unterminated string");
            const char e = s_[pos_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && s_.compare(pos_, 2, "\\u") == 0) {
                    pos_ += 2;
                    const unsigned lo = hex4();
                    if (lo < 0xDC00 || lo >= 0xE000)
                        fail("bad surrogate pair");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                }
                appendUtf8(out, cp);
                break;
            }
            default: fail(std::string("bad escape '\\") + e + "'");
            }
        }
    }

    const std::string& s_;
    std::size_t pos_ = 0;
};

JsonValue JsonValue::parse(const std::string& text) { return JsonParser(text).document(); }

const JsonValue* JsonValue::find(const std::string& key) const
{
    for (const auto& [k, v] : members_)
        if (k == key)
            return &v;
    return nullptr;
}

} // namespace ts
