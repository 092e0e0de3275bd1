// torch.save files without Python: the safe unpickler (a crafted malicious pickle is refused,
// nothing is run), every dtype and layout of real torch.save files, zip64, damaged files.
#include "core/Error.h"
#include "core/importing/Checksums.h"
#include "core/importing/FileBytes.h"
#include "core/importing/SafeUnpickler.h"
#include "core/importing/TensorFile.h"
#include "core/importing/TorchFileReader.h"
#include "core/importing/SafetensorsReader.h"
#include "core/importing/ZipArchive.h"
#include "tests/core/ImportFixtures.h"
#include "tests/core/TensorBoardEvents.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <random>

using namespace ts;
using namespace std::string_literals;
namespace fs = std::filesystem;

namespace {

std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

template <typename T> void put(std::vector<unsigned char>& b, T v)
{
    unsigned char raw[sizeof(T)];
    std::memcpy(raw, &v, sizeof(T));
    b.insert(b.end(), raw, raw + sizeof(T));
}

// A minimal zip writer (stored entries), as torch.save lays its archives out. zip64: sizes
// and offsets saturated at 0xFFFFFFFF in the central directory with the real values in the
// zip64 extra field, and the zip64 end records, as archives over 4 GiB have them.
std::vector<unsigned char> makeZip(const std::vector<std::pair<std::string, std::string>>& entries, bool zip64 = false)
{
    std::vector<unsigned char> z, central;
    for (const auto& [name, data] : entries) {
        const uint32_t offset = uint32_t(z.size()), crc = crc32Ieee(data.data(), data.size());
        put<uint32_t>(z, 0x04034b50);
        for (uint16_t v : {20, 0, 0, 0, 0})
            put(z, v);
        put(z, crc);
        put<uint32_t>(z, uint32_t(data.size()));
        put<uint32_t>(z, uint32_t(data.size()));
        put<uint16_t>(z, uint16_t(name.size()));
        put<uint16_t>(z, 0);
        z.insert(z.end(), name.begin(), name.end());
        z.insert(z.end(), data.begin(), data.end());
        put<uint32_t>(central, 0x02014b50);
        for (uint16_t v : {45, 45, 0, 0, 0, 0})
            put(central, v);
        put(central, crc);
        put<uint32_t>(central, zip64 ? 0xFFFFFFFFu : uint32_t(data.size()));
        put<uint32_t>(central, zip64 ? 0xFFFFFFFFu : uint32_t(data.size()));
        put<uint16_t>(central, uint16_t(name.size()));
        put<uint16_t>(central, zip64 ? 28 : 0); // extra length
        for (uint16_t v : {0, 0, 0})
            put(central, v);
        put<uint32_t>(central, 0);
        put<uint32_t>(central, zip64 ? 0xFFFFFFFFu : offset);
        central.insert(central.end(), name.begin(), name.end());
        if (zip64) {
            put<uint16_t>(central, 0x0001);
            put<uint16_t>(central, 24);
            put<uint64_t>(central, data.size()); // uncompressed, compressed, local header offset
            put<uint64_t>(central, data.size());
            put<uint64_t>(central, offset);
        }
    }
    const uint32_t dirOffset = uint32_t(z.size());
    z.insert(z.end(), central.begin(), central.end());
    if (zip64) {
        const uint64_t end64 = z.size();
        put<uint32_t>(z, 0x06064b50);
        put<uint64_t>(z, 44);
        put<uint16_t>(z, 45);
        put<uint16_t>(z, 45);
        put<uint32_t>(z, 0);
        put<uint32_t>(z, 0);
        put<uint64_t>(z, entries.size());
        put<uint64_t>(z, entries.size());
        put<uint64_t>(z, central.size());
        put<uint64_t>(z, dirOffset);
        put<uint32_t>(z, 0x07064b50);
        put<uint32_t>(z, 0);
        put<uint64_t>(z, end64);
        put<uint32_t>(z, 1);
    }
    put<uint32_t>(z, 0x06054b50);
    put<uint16_t>(z, 0);
    put<uint16_t>(z, 0);
    put<uint16_t>(z, zip64 ? 0xFFFF : uint16_t(entries.size()));
    put<uint16_t>(z, zip64 ? 0xFFFF : uint16_t(entries.size()));
    put<uint32_t>(z, zip64 ? 0xFFFFFFFFu : uint32_t(central.size()));
    put<uint32_t>(z, zip64 ? 0xFFFFFFFFu : dirOffset);
    put<uint16_t>(z, 0);
    return z;
}

// {"w": _rebuild_tensor_v2(FloatStorage '0', 0, (3,), (1,), False, OrderedDict())}, protocol 2.
std::string statePickle(const std::string& storageType = "FloatStorage", int64_t numel = 3)
{
    std::string p = "\x80\x02}q\x00X\x01\x00\x00\x00wq\x01" "ctorch._utils\n_rebuild_tensor_v2\nq\x02((X\x07\x00\x00\x00storage"s;
    p += "ctorch\n" + storageType + "\nX\x01\x00\x00\x00" "0X\x03\x00\x00\x00" "cpuK"s;
    p += char(numel);
    p += "tQK\x00K\x03\x85K\x01\x85\x89" "ccollections\nOrderedDict\n)Rtq\x03Rs."s;
    return p;
}

std::string floats(std::initializer_list<float> v)
{
    std::string s(v.size() * 4, '\0');
    std::memcpy(s.data(), v.begin(), s.size());
    return s;
}

} // namespace

TEST(ImportPickle, CraftedStateDictLoads)
{
    const auto zip = makeZip({{"archive/data.pkl", statePickle()}, {"archive/data/0", floats({1.5f, -2.f, 4.f})}});
    const auto t = parseTorchFile("crafted.pt", zip);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].name, "w");
    EXPECT_EQ(t[0].shape, (std::vector<int64_t>{3}));
    EXPECT_EQ(t[0].toFloat32(), (std::vector<float>{1.5f, -2.f, 4.f}));

    // The same archive in zip64 form (what torch.save writes for files over 4 GiB).
    const auto zip64 = makeZip({{"archive/data.pkl", statePickle()}, {"archive/data/0", floats({1.5f, -2.f, 4.f})}}, true);
    const auto t64 = parseTorchFile("crafted64.pt", zip64);
    ASSERT_EQ(t64.size(), 1u);
    EXPECT_EQ(t64[0].toFloat32(), (std::vector<float>{1.5f, -2.f, 4.f}));
}

TEST(ImportPickle, ForeignGlobalsAreRefusedNeverRun)
{
    // GLOBAL 'os system' + REDUCE: what a malicious .pt does to run a command on load.
    const std::string evil = "\x80\x02" "cos\nsystem\nq\x00X\x05\x00\x00\x00touch\x85R."s;
    const std::string err = errorOf([&] {
        SafeUnpickler::load(reinterpret_cast<const unsigned char*>(evil.data()), evil.size());
    });
    EXPECT_NE(err.find("refused: the pickle asks for 'os.system'"), std::string::npos) << err;
    EXPECT_NE(err.find("at byte 2"), std::string::npos) << err; // at the GLOBAL, before any REDUCE

    // A storage type that holds data but is not supported: said so, not called a refusal.
    EXPECT_NE(errorOf([&] { parseTorchFile("c.pt", makeZip({{"archive/data.pkl", statePickle("ComplexFloatStorage")}})); })
                  .find("tensors with storage type 'torch.ComplexFloatStorage' are not supported"),
              std::string::npos);
    // The same inside a torch.save archive, and STACK_GLOBAL (protocol 4) for builtins.eval.
    const std::string err2 = errorOf([&] { parseTorchFile("evil.pt", makeZip({{"archive/data.pkl", evil}})); });
    EXPECT_NE(err2.find("evil.pt: refused: the pickle asks for 'os.system'"), std::string::npos) << err2;
    const std::string stackGlobal = std::string("\x80\x04\x8c\x08") + "builtins\x8c\x04" + "eval\x93.";
    EXPECT_NE(errorOf([&] {
                  SafeUnpickler::load(reinterpret_cast<const unsigned char*>(stackGlobal.data()), stackGlobal.size());
              }).find("'builtins.eval'"),
              std::string::npos);
    // A storage type outside torch's tensor storages is refused as well.
    EXPECT_NE(errorOf([&] { parseTorchFile("x.pt", makeZip({{"archive/data.pkl", statePickle("Tensor")}})); })
                  .find("refused: the pickle asks for 'torch.Tensor'"),
              std::string::npos);

    // A real torch.save of an object whose __reduce__ calls os.system: refused, nothing run.
    const std::string e3 = errorOf([&] { readTorchFile(test::fixture("evil.pt")); });
    EXPECT_NE(e3.find("refused: the pickle asks for 'posix.system'"), std::string::npos) << e3;
    EXPECT_FALSE(fs::exists(test::fixture("PWNED")));
}

TEST(ImportPickle, TruncatedAndCorruptedFiles)
{
    const std::string pkl = statePickle();
    const std::string data = floats({1.f, 2.f, 3.f});
    // The pickle cut short.
    EXPECT_NE(errorOf([&] { parseTorchFile("t.pt", makeZip({{"archive/data.pkl", pkl.substr(0, 40)}, {"archive/data/0", data}})); })
                  .find("t.pt: the pickle is truncated"),
              std::string::npos);
    // A storage entry missing, or smaller than the tensor it backs.
    EXPECT_NE(errorOf([&] { parseTorchFile("t.pt", makeZip({{"archive/data.pkl", pkl}})); }).find("tensor 'w': storage entry 'archive/data/0' is missing"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { parseTorchFile("t.pt", makeZip({{"archive/data.pkl", pkl}, {"archive/data/0", data.substr(0, 8)}})); })
                  .find("fewer than its 3 elements need"),
              std::string::npos);
    // A tensor reaching past its storage.
    EXPECT_NE(errorOf([&] { parseTorchFile("t.pt", makeZip({{"archive/data.pkl", statePickle("FloatStorage", 2)}, {"archive/data/0", data}})); })
                  .find("reaches element 2 of a storage of 2"),
              std::string::npos);

    // Real files: cut at any point or with a flipped byte, always a clear FileError.
    auto bytes = readFileBytes(test::fixture("mixed.pt"));
    for (std::size_t cut : {std::size_t(10), bytes.size() / 2, bytes.size() - 30}) {
        std::vector<unsigned char> part(bytes.begin(), bytes.begin() + std::ptrdiff_t(cut));
        const std::string e = errorOf([&] { parseTorchFile("cut.pt", part); });
        EXPECT_EQ(e.rfind("cut.pt: ", 0), 0u) << e;
    }
    auto flipped = bytes;
    flipped[200] ^= 0x40; // inside the pickle or the first storage
    const std::string e = errorOf([&] { parseTorchFile("flip.pt", flipped); });
    EXPECT_NE(e.find("fails its CRC check"), std::string::npos) << e;
    EXPECT_NE(errorOf([&] { parseTorchFile("empty.pt", std::vector<unsigned char>{}); }).find("empty.pt: is empty"), std::string::npos);
    EXPECT_NE(errorOf([&] { readTorchFile(test::fixture("legacy.pt")); }).find("legacy format (before 1.6)"), std::string::npos);
    EXPECT_NE(errorOf([&] { readTorchFile(test::fixture("model.pt")); }).find("is a TorchScript model"), std::string::npos);
}

TEST(ImportTorchFile, EveryDtypeAndLayoutMatchesTorch)
{
    const auto expected = test::readDump(test::fixture("mixed.txt"));
    const auto tensors = readTorchFile(test::fixture("mixed.pt"));
    ASSERT_EQ(tensors.size(), expected.size());
    for (const auto& t : tensors) {
        const auto& e = expected.at(t.name);
        EXPECT_EQ(t.shape, e.shape) << t.name;
        const auto a = t.toHostArray();
        ASSERT_EQ(std::size_t(a.numel()), e.values.size());
        for (int64_t i = 0; i < a.numel(); ++i) {
            const double v = a.dtype == DType::Float32 ? a.data<float>()[i]
                             : a.dtype == DType::Float64 ? a.data<double>()[i]
                                                         : double(a.data<int64_t>()[i]);
            ASSERT_EQ(v, e.values[std::size_t(i)]) << t.name << "[" << i << "]";
        }
    }
    // A training checkpoint dict: tensors at any depth, named by their path; scalars skipped.
    std::vector<std::string> names;
    for (const auto& t : readTensorFile(test::fixture("checkpoint_dict.pt")))
        names.push_back(t.name);
    EXPECT_EQ(names, (std::vector<std::string>{"model.w", "nested.0", "nested.1.0"}));
}

TEST(ImportPickle, SelfContainingObjectsAreRefused)
{
    // A list appended to itself: [[[...]]] without end.
    const std::string cyclic = "\x80\x02]q\x00h\x00" "a."s;
    const std::string e = errorOf([&] { parseTorchFile("c.pt", makeZip({{"archive/data.pkl", cyclic}})); });
    EXPECT_NE(e.find("builds a container that holds itself"), std::string::npos) << e;
}

// Random damage to the pickle (re-zipped with valid CRCs, so the interpreter sees it) and to
// safetensors headers: every outcome is a result or a ts::Error, never a crash or another
// exception type.
TEST(ImportFuzz, DamagedPicklesAndHeadersGiveErrorsNotCrashes)
{
    const ZipArchive zip(test::fixture("mixed.pt"), readFileBytes(test::fixture("mixed.pt")));
    std::vector<std::pair<std::string, std::string>> entries;
    for (const auto& e : zip.entries()) {
        const auto b = zip.read(e);
        entries.emplace_back(e.name, std::string(b.begin(), b.end()));
    }
    ASSERT_EQ(entries[0].first, "mixed/data.pkl");
    const auto safetensors = readFileBytes(test::fixture("mixed.safetensors"));
    std::mt19937 rng(12345);
    int errors = 0, loaded = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        auto damaged = entries;
        std::string& pkl = damaged[0].second;
        const int edits = 1 + int(rng() % 3);
        for (int k = 0; k < edits; ++k)
            pkl[rng() % pkl.size()] = char(rng() % 256);
        if (trial % 5 == 0)
            pkl.resize(rng() % pkl.size());
        try {
            parseTorchFile("fuzz.pt", makeZip(damaged));
            ++loaded;
        } catch (const Error&) {
            ++errors;
        }
        auto st = safetensors;
        const std::size_t headerEnd = 8 + std::size_t(st[0] | (st[1] << 8));
        for (int k = 0; k < edits; ++k)
            st[rng() % headerEnd] = (unsigned char)(trial % 2 ? "0123456789[]{},:\"FIBU"[rng() % 21] : rng() % 256);
        try {
            parseSafetensors("fuzz.safetensors", st);
        } catch (const Error&) {
        }
    }
    EXPECT_GT(errors, 1000); // most damage is detected ...
    EXPECT_GT(loaded, 10);   // ... some (inside a string, a value) is harmless
}

