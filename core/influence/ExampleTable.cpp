#include "core/influence/ExampleTable.h"

#include "core/Error.h"
#include "core/runfile/RunReader.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace ts {

namespace {

std::string targetText(const HostArray& targets, int64_t row)
{
    if (targets.dtype == DType::Int64)
        return std::to_string(targets.data<int64_t>()[row]);
    const double v = targets.dtype == DType::Float64 ? targets.data<double>()[row] : targets.data<float>()[row];
    char text[32];
    std::snprintf(text, sizeof text, v == 1.0 || v == -1.0 ? "%+g" : "%.4g", v);
    return text;
}

} // namespace

ExampleTable describeSplit(const RunReader& run, const std::string& split)
{
    const SplitData data = run.readSplit(split);
    const int64_t n = data.inputs.shape.empty() ? 0 : data.inputs.shape[0];
    if (data.targets.numel() != n)
        throw FileError(run.path(), "split '" + split + "' has " + std::to_string(data.targets.numel()) +
                                        " targets for " + std::to_string(n) + " inputs");
    ExampleTable table;
    table.targets.reserve(n);
    for (int64_t i = 0; i < n; ++i)
        table.targets.push_back(targetText(data.targets, i));
    const bool pairs = run.configValue("task") == "modular" && data.inputs.dtype == DType::Int64 &&
                       data.inputs.shape.size() == 2 && data.inputs.shape[1] == 2;
    if (pairs) {
        table.modulus = std::strtoll(run.configValue("p", "0").c_str(), nullptr, 10);
        const int64_t* x = data.inputs.data<int64_t>();
        for (int64_t i = 0; i < n; ++i) {
            table.a.push_back(x[2 * i]);
            table.b.push_back(x[2 * i + 1]);
            if (table.modulus <= std::max(x[2 * i], x[2 * i + 1]))
                table.modulus = std::max(x[2 * i], x[2 * i + 1]) + 1; // a file without "p": the largest operand
        }
    }
    const std::string op = " " + run.configValue("op", "+") + " ";
    table.labels.reserve(n);
    for (int64_t i = 0; i < n; ++i)
        table.labels.push_back(pairs ? "(" + std::to_string(table.a[i]) + op + std::to_string(table.b[i]) +
                                           ") = " + table.targets[i]
                                     : "label " + table.targets[i]);
    return table;
}

} // namespace ts
