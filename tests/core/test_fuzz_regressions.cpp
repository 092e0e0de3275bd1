// One test per input class the fuzz targets (tests/fuzz) found crashing, leaking or hanging
// a reader (docs/reliability.md). The sanitizer build (tools/sanitize.sh) runs them under
// ASan, UBSan and LeakSanitizer, where the unfixed readers fail them.
#include "core/Error.h"
#include "core/importing/NpyReader.h"
#include "core/importing/SafeUnpickler.h"
#include "core/importing/SafetensorsReader.h"
#include "core/importing/TorchFileReader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <string>
#include <vector>

using namespace ts;
using namespace std::string_literals;

namespace {

std::vector<unsigned char> bytesOf(const std::string& s) { return {s.begin(), s.end()}; }

PickleRef load(const std::string& p)
{
    return SafeUnpickler::load(reinterpret_cast<const unsigned char*>(p.data()), p.size());
}

std::string errorOf(const std::string& pickle)
{
    try {
        load(pickle);
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

void put(std::vector<unsigned char>& b, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        b.push_back(uint8_t(v >> (8 * i)));
}

// A stored zip entry "archive/data.pkl" holding `pickle`, as torch.save lays it out.
std::vector<unsigned char> torchZip(const std::string& pickle)
{
    const std::string name = "archive/data.pkl";
    std::vector<unsigned char> z;
    const uint32_t crc = [&] {
        uint32_t c = 0xFFFFFFFFu; // CRC-32 (IEEE), bitwise: independent of the reader's table
        for (unsigned char b : pickle) {
            c ^= b;
            for (int k = 0; k < 8; ++k)
                c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
        }
        return ~c;
    }();
    put(z, 0x04034b50, 4);
    put(z, 20, 2), put(z, 0, 2), put(z, 0, 2), put(z, 0, 2), put(z, 0, 2);
    put(z, crc, 4), put(z, pickle.size(), 4), put(z, pickle.size(), 4), put(z, name.size(), 2), put(z, 0, 2);
    z.insert(z.end(), name.begin(), name.end());
    z.insert(z.end(), pickle.begin(), pickle.end());
    const std::size_t dir = z.size();
    put(z, 0x02014b50, 4);
    put(z, 20, 2), put(z, 20, 2), put(z, 0, 2), put(z, 0, 2), put(z, 0, 2), put(z, 0, 2);
    put(z, crc, 4), put(z, pickle.size(), 4), put(z, pickle.size(), 4), put(z, name.size(), 2);
    put(z, 0, 2), put(z, 0, 2), put(z, 0, 2), put(z, 0, 2), put(z, 0, 4), put(z, 0, 4);
    z.insert(z.end(), name.begin(), name.end());
    const std::size_t dirSize = z.size() - dir;
    put(z, 0x06054b50, 4);
    put(z, 0, 2), put(z, 0, 2), put(z, 1, 2), put(z, 1, 2), put(z, dirSize, 4), put(z, dir, 4), put(z, 0, 2);
    return z;
}

} // namespace

// Found by fuzz_safetensors, fuzz_npy and fuzz_npz from the seeds themselves: converting a
// tensor with no elements passed the null data() of empty vectors to memcpy (UBSan).
TEST(FuzzRegressions, EmptyTensorsConvert)
{
    std::string header = R"({"e":{"dtype":"F32","shape":[0,3],"data_offsets":[0,0]},)"
                         R"("i":{"dtype":"I64","shape":[2,0],"data_offsets":[0,0]},)"
                         R"("d":{"dtype":"F64","shape":[0],"data_offsets":[0,0]}})";
    std::vector<unsigned char> st;
    put(st, header.size(), 8);
    st.insert(st.end(), header.begin(), header.end());
    const auto records = parseSafetensors("empty.safetensors", st);
    ASSERT_EQ(records.size(), 3u);
    const std::vector<std::vector<int64_t>> shapes = {{0, 3}, {2, 0}, {0}};
    for (std::size_t i = 0; i < records.size(); ++i) {
        EXPECT_EQ(records[i].numel(), 0);
        EXPECT_TRUE(records[i].toFloat32().empty());
        const HostArray a = records[i].toHostArray();
        EXPECT_EQ(a.shape, shapes[i]);
        EXPECT_EQ(a.bytes.size(), 0u);
    }

    std::string npy = "\x93NUMPY\x01\x00"s;
    std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 2), }";
    dict += std::string((64 - (10 + dict.size() + 1) % 64) % 64, ' ') + "\n"; // header padded to 64 bytes
    npy += char(dict.size()) + "\x00"s + dict;
    const TensorRecord r = parseNpy("empty.npy", bytesOf(npy), "e");
    EXPECT_EQ(r.shape, (std::vector<int64_t>{0, 2}));
    EXPECT_EQ(r.toHostArray().bytes.size(), 0u);
}

// Found by fuzz_pickle (LeakSanitizer): APPEND / SETITEMS can put a list or dict inside
// itself; shared ownership never frees such a cycle, so every malicious file leaked memory.
// Cycles the result holds are refused; cycles left on the memo are freed.
TEST(FuzzRegressions, SelfContainingPicklesNeitherLoadNorLeak)
{
    // L = []; L.append(L)
    EXPECT_NE(errorOf("\x80\x02]q\x00h\x00"
                      "a."s)
                  .find("holds itself"),
              std::string::npos);
    // D = {}; D["k"] = (D,)
    EXPECT_NE(errorOf("\x80\x02}q\x00X\x01\x00\x00\x00kh\x00\x85s."s).find("holds itself"), std::string::npos);
    // The cycle is dropped from the stack, the pickle returns None: loads, frees the cycle.
    const PickleRef none = load("\x80\x02]q\x00h\x00"
                                "a0N."s);
    EXPECT_EQ(none->kind, PickleValue::Kind::None);
    // Sharing without a cycle is fine: L = []; (L, L) after L.append(1).
    const PickleRef shared = load("\x80\x02]q\x00K\x01"
                                  "ah\x00\x86."s);
    ASSERT_EQ(shared->kind, PickleValue::Kind::Tuple);
    ASSERT_EQ(shared->items.size(), 2u);
    EXPECT_EQ(shared->items[0], shared->items[1]);
    ASSERT_EQ(shared->items[0]->items.size(), 1u);
    EXPECT_EQ(shared->items[0]->items[0]->integer, 1);
}

// A megabyte of TUPLE1 opcodes nests a million tuples; freeing them recursed once per level
// through shared_ptr destructors and overflowed the stack.
TEST(FuzzRegressions, DeeplyNestedPicklesAreFreedWithoutRecursion)
{
    const int depth = 1'000'000;
    const std::string p = "\x80\x02)"s + std::string(depth, '\x85') + ".";
    PickleRef v = load(p);
    int seen = 0;
    for (const PickleValue* t = v.get(); !t->items.empty(); t = t->items[0].get())
        ++seen;
    EXPECT_EQ(seen, depth);
    v.reset(); // the million-level free
    const std::string e = [&] {
        try {
            parseTorchFile("deep.pt", torchZip(p));
        } catch (const Error& err) {
            return std::string(err.what());
        }
        return std::string("(no error)");
    }();
    EXPECT_NE(e.find("nested more than 100 levels deep"), std::string::npos) << e;
}

// x0 = []; x(k+1) = (xk, xk): 60 levels of a few bytes each name 2^60 containers. The walk
// that names tensors visited every one of them (a hang); it now stops at a million.
TEST(FuzzRegressions, ExponentiallySharedPicklesStopQuickly)
{
    std::string p = "\x80\x02]"s;
    for (int k = 0; k < 60; ++k)
        p += "q\x00h\x00\x86"s;
    p += ".";
    const auto start = std::chrono::steady_clock::now();
    std::string e = "(no error)";
    try {
        parseTorchFile("dag.pt", torchZip(p));
    } catch (const Error& err) {
        e = err.what();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_NE(e.find("more than 1,000,000 containers"), std::string::npos) << e;
    EXPECT_LT(seconds, 60.0);
}
