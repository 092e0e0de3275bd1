#pragma once
// A minimal JSON reader (RFC 8259) for file headers such as safetensors'. Objects keep their
// keys in file order. Numbers written as integers are kept exactly as int64 as well.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ts {

class JsonValue {
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    // Throws ConfigError("invalid JSON at byte N: ...") on malformed text or nesting > 256.
    static JsonValue parse(const std::string& text);

    Kind kind() const { return kind_; }
    bool isObject() const { return kind_ == Kind::Object; }
    bool isArray() const { return kind_ == Kind::Array; }
    bool isString() const { return kind_ == Kind::String; }
    bool isNumber() const { return kind_ == Kind::Number; }
    bool isInteger() const { return kind_ == Kind::Number && isInteger_; }

    bool boolean() const { return bool_; }
    double number() const { return number_; }
    int64_t integer() const { return integer_; }
    const std::string& string() const { return string_; }
    const std::vector<JsonValue>& items() const { return items_; }
    const std::vector<std::pair<std::string, JsonValue>>& members() const { return members_; }
    const JsonValue* find(const std::string& key) const; // nullptr if absent or not an object

private:
    friend class JsonParser;
    Kind kind_ = Kind::Null;
    bool bool_ = false;
    bool isInteger_ = false;
    double number_ = 0;
    int64_t integer_ = 0;
    std::string string_;
    std::vector<JsonValue> items_;
    std::vector<std::pair<std::string, JsonValue>> members_;
};

} // namespace ts
