// Fuzz target: the run-file reader (HDF5). The input is written to a temp file and opened
// like a run; every accessor is called. Crashes inside libhdf5 itself are not ours to fix
// and are recorded in docs/reliability.md.
#include "FuzzSupport.h"

#include "core/Error.h"
#include "core/runfile/RunReader.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    static ts::fuzz::TempFile file(".h5");
    const std::string& path = file.write(data, size);
    auto attempt = [](auto&& f) {
        try {
            f();
        } catch (const ts::Error&) {
        }
    };
    attempt([&] {
        ts::RunReader r(path);
        attempt([&] { (void)r.configValue("task"); });
        attempt([&] { (void)r.parameterCount(); });
        attempt([&] { (void)r.status(); });
        attempt([&] { (void)r.statusMessage(); });
        attempt([&] {
            for (const auto& s : r.splitNames())
                (void)r.readSplit(s);
        });
        attempt([&] {
            for (const auto& m : r.metricNames())
                (void)r.readMetric(m);
        });
        attempt([&] {
            const int64_t n = r.checkpointCount();
            (void)r.checkpointSteps();
            for (int64_t k : {int64_t(0), n - 1}) {
                if (k < 0)
                    continue;
                (void)r.readCheckpointFlat(k);
                (void)r.readBuffers(k);
                if (!r.params().empty())
                    (void)r.readParam(k, 0);
            }
        });
        attempt([&] {
            if (!r.hasRouting())
                return;
            (void)r.routingShape();
            const auto steps = r.routingSteps();
            if (!steps.empty())
                (void)r.readRouting(0);
        });
        attempt([&] {
            if (r.hasModelScript())
                (void)r.readModelScript();
        });
        attempt([&] { r.refresh(); });
    });
    return 0;
}
