#pragma once
// Tasks' inputs and results as bytes (TaskDistributor.h): numbers are copied bit for bit, so
// a result computed in another process is exactly the one computed here.
#include <cstdint>
#include <string>
#include <vector>

namespace ts {

class TaskWriter {
public:
    TaskWriter& number(double v);
    TaskWriter& integer(int64_t v);
    TaskWriter& text(const std::string& v);
    TaskWriter& numbers(const std::vector<double>& v);
    const std::string& bytes() const { return bytes_; }

private:
    std::string bytes_;
};

// Reads what a TaskWriter wrote, in the same order; ts::Error when the bytes run out.
class TaskReader {
public:
    explicit TaskReader(const std::string& bytes) : bytes_(bytes) {}
    double number();
    int64_t integer();
    std::string text();
    std::vector<double> numbers();

private:
    void take(void* out, std::size_t n);
    const std::string& bytes_;
    std::size_t at_ = 0;
};

} // namespace ts
