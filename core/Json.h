#pragma once
// A minimal streaming JSON writer (the core has no JSON dependency; it only ever writes).
#include <cstdint>
#include <string>
#include <vector>

namespace ts {

class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(const std::string& k);
    JsonWriter& value(const std::string& v);
    JsonWriter& value(const char* v);
    JsonWriter& value(double v); // NaN and infinities are written as null
    JsonWriter& value(int64_t v);
    JsonWriter& value(int v) { return value(static_cast<int64_t>(v)); }
    JsonWriter& value(bool v);
    JsonWriter& null();
    const std::string& str() const { return out_; }

    static std::string escape(const std::string& s);

private:
    void separate();
    std::string out_;
    std::vector<bool> first_; // per open container: no element written yet
    bool afterKey_ = false;
};

} // namespace ts
