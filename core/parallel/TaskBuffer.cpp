#include "core/parallel/TaskBuffer.h"

#include "core/Error.h"

#include <cstring>

namespace ts {

TaskWriter& TaskWriter::number(double v)
{
    bytes_.append(reinterpret_cast<const char*>(&v), sizeof v);
    return *this;
}

TaskWriter& TaskWriter::integer(int64_t v)
{
    bytes_.append(reinterpret_cast<const char*>(&v), sizeof v);
    return *this;
}

TaskWriter& TaskWriter::text(const std::string& v)
{
    integer(int64_t(v.size()));
    bytes_ += v;
    return *this;
}

TaskWriter& TaskWriter::numbers(const std::vector<double>& v)
{
    integer(int64_t(v.size()));
    if (!v.empty()) // an empty vector's data() may be null
        bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(double));
    return *this;
}

void TaskReader::take(void* out, std::size_t n)
{
    if (bytes_.size() - at_ < n)
        throw Error("a task message ended early (" + std::to_string(bytes_.size()) + " bytes)");
    if (n == 0) // out may be an empty vector's null data(); memcpy must not see it (UBSan)
        return;
    std::memcpy(out, bytes_.data() + at_, n);
    at_ += n;
}

double TaskReader::number()
{
    double v;
    take(&v, sizeof v);
    return v;
}

int64_t TaskReader::integer()
{
    int64_t v;
    take(&v, sizeof v);
    return v;
}

std::string TaskReader::text()
{
    const int64_t n = integer();
    if (n < 0 || std::size_t(n) > bytes_.size() - at_)
        throw Error("a task message holds a text of impossible length");
    std::string v(bytes_.data() + at_, std::size_t(n));
    at_ += std::size_t(n);
    return v;
}

std::vector<double> TaskReader::numbers()
{
    const int64_t n = integer();
    if (n < 0 || std::size_t(n) > (bytes_.size() - at_) / sizeof(double))
        throw Error("a task message holds a list of impossible length");
    std::vector<double> v(static_cast<std::size_t>(n));
    take(v.data(), v.size() * sizeof(double));
    return v;
}

} // namespace ts
