#pragma once
// Files written by tests/python/make_import_fixtures.py (python3-torch) once per build (a
// shared fixture: every test process reads the same folder, made again when the script
// changes), and the exact values it dumped as text.
#include "tests/RunProcess.h"
#include "tests/SharedRun.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace ts::test {

inline const std::string& importFixtures()
{
    static const std::string dir = sharedFixture("import-fixtures", IMPORT_FIXTURES_SCRIPT, [](const std::string& path) {
        std::filesystem::create_directories(path);
        const auto r = runProcess(std::string(SYSTEM_PYTHON) + " " + IMPORT_FIXTURES_SCRIPT + " " + path);
        if (r.exitCode != 0)
            throw std::runtime_error("make_import_fixtures.py failed: " + r.err);
    });
    return dir;
}

inline std::string fixture(const std::string& name) { return importFixtures() + "/" + name; }

struct DumpedTensor {
    std::vector<int64_t> shape;
    std::vector<double> values;
};

// name → shape and values, from a dump() file of the fixture script.
inline std::map<std::string, DumpedTensor> readDump(const std::string& path)
{
    std::map<std::string, DumpedTensor> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string name, shape;
        ls >> name >> shape;
        DumpedTensor t;
        if (shape != "-") {
            std::istringstream ss(shape);
            std::string d;
            while (std::getline(ss, d, ','))
                t.shape.push_back(std::stoll(d));
        }
        std::string v;
        while (ls >> v)
            t.values.push_back(std::strtod(v.c_str(), nullptr));
        out[name] = t;
    }
    return out;
}

} // namespace ts::test
