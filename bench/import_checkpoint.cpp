// Reading a large checkpoint the way `trainscope import` does: the whole file, every tensor
// converted to float32. Prints the median wall time of --repeats reads per file.
// usage: bench_import_checkpoint FILE... [--repeats 5]
#include "core/importing/TensorFile.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    int repeats = 5;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--repeats") && i + 1 < argc)
            repeats = std::atoi(argv[++i]);
        else
            files.push_back(argv[i]);
    }
    for (const auto& f : files) {
        std::vector<double> seconds;
        int64_t values = 0;
        std::size_t tensors = 0;
        for (int r = 0; r < repeats; ++r) {
            const auto start = std::chrono::steady_clock::now();
            const auto records = ts::readTensorFile(f);
            values = 0;
            for (const auto& t : records)
                values += int64_t(t.toFloat32().size());
            tensors = records.size();
            seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        std::sort(seconds.begin(), seconds.end());
        std::printf("%s: %zu tensors, %lld values, median %.3f s (min %.3f) over %d reads\n", f.c_str(), tensors,
                    static_cast<long long>(values), seconds[seconds.size() / 2], seconds[0], repeats);
    }
    return 0;
}
