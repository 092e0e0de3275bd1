#include "core/pathways/EditDistance.h"

#include "core/Error.h"

#include <algorithm>
#include <numeric>
#include <type_traits>

namespace ts::pathways {

namespace {

template <typename Seq> std::size_t dp(const Seq& a, std::size_t m, const Seq& b, std::size_t n) {
    // One row of the (m+1)×(n+1) table, over the longer side's columns.
    std::vector<std::size_t> row(n + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= m; ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= n; ++j) {
            const std::size_t up = row[j];
            const std::size_t sub = diag + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({sub, up + 1, row[j - 1] + 1});
            diag = up;
        }
    }
    return row[n];
}

inline std::size_t symbolOf(unsigned char c) { return c; }
inline std::size_t symbolOf(int32_t t) {
    if (t < 0) throw ConfigError("edit distance: tokens must be >= 0 (got " + std::to_string(t) + ")");
    return static_cast<std::size_t>(t);
}

} // namespace

std::size_t levenshteinDP(std::string_view a, std::string_view b) { return dp(a, a.size(), b, b.size()); }

std::size_t levenshteinDP(const std::vector<int32_t>& a, const std::vector<int32_t>& b) {
    return dp(a, a.size(), b, b.size());
}

// ---------------------------------------------------------------------------------------------
// Bit-parallel pattern

template <typename Sym> void LevenshteinPattern::build(const Sym* s, std::size_t m) {
    m_ = m;
    tokens_ = !std::is_same<Sym, unsigned char>::value;
    blocks_ = (m + 63) / 64;
    std::size_t maxSym = 0;
    for (std::size_t i = 0; i < m; ++i) maxSym = std::max(maxSym, symbolOf(s[i]));
    // Characters always get the full 256-entry table (no bounds check on lookup).
    const std::size_t tableSize = std::is_same<Sym, unsigned char>::value ? 256 : (m ? maxSym + 1 : 0);
    symbolRow_.assign(tableSize, 0);
    int32_t rows = 1;
    for (std::size_t i = 0; i < m; ++i) {
        int32_t& r = symbolRow_[symbolOf(s[i])];
        if (r == 0) r = rows++;
    }
    peq_.assign(static_cast<std::size_t>(rows) * blocks_, 0);
    for (std::size_t i = 0; i < m; ++i)
        peq_[static_cast<std::size_t>(symbolRow_[symbolOf(s[i])]) * blocks_ + i / 64] |= uint64_t{1} << (i % 64);
}

LevenshteinPattern::LevenshteinPattern(std::string_view pattern) {
    build(reinterpret_cast<const unsigned char*>(pattern.data()), pattern.size());
}

LevenshteinPattern::LevenshteinPattern(const std::vector<int32_t>& tokens) { build(tokens.data(), tokens.size()); }

// Myers 1999 / Hyyrö 2003, block-based (the per-block step is the one of edlib's
// calculateBlock): each column of the DP table is kept as vertical +1/−1 delta bit vectors
// (Pv, Mv) of the pattern rows; a column step propagates the horizontal delta (hin ∈ {+1, −1, 0})
// from block to block. The top row is D[0][j] = j, so every column enters block 0 with +1.
// Padding bits above m in the last block never influence lower bits (carries and shifts only
// move upwards), so the score is tracked at bit (m−1) mod 64 of the last block.
template <typename Sym> std::size_t LevenshteinPattern::run(const Sym* t, std::size_t n) const {
    if (m_ == 0) return n;
    if (n == 0) return m_;
    const std::size_t tableSize = symbolRow_.size();
    auto rowOf = [&](Sym c) -> std::size_t {
        const std::size_t s = symbolOf(c);
        return s < tableSize ? static_cast<std::size_t>(symbolRow_[s]) : 0;
    };
    const uint64_t lastBit = uint64_t{1} << ((m_ - 1) % 64);
    std::size_t score = m_;

    if (blocks_ == 1) {
        uint64_t pv = ~uint64_t{0}, mv = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const uint64_t eq = peq_[rowOf(t[j])];
            const uint64_t xv = eq | mv;
            const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
            uint64_t ph = mv | ~(xh | pv);
            uint64_t mh = pv & xh;
            score += (ph & lastBit) ? 1 : 0;
            score -= (mh & lastBit) ? 1 : 0;
            ph = (ph << 1) | 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        return score;
    }

    constexpr std::size_t kStackBlocks = 64;
    uint64_t pvStack[kStackBlocks], mvStack[kStackBlocks];
    std::vector<uint64_t> pvHeap, mvHeap;
    uint64_t* Pv = pvStack;
    uint64_t* Mv = mvStack;
    if (blocks_ > kStackBlocks) {
        pvHeap.resize(blocks_);
        mvHeap.resize(blocks_);
        Pv = pvHeap.data();
        Mv = mvHeap.data();
    }
    std::fill(Pv, Pv + blocks_, ~uint64_t{0});
    std::fill(Mv, Mv + blocks_, uint64_t{0});
    const std::size_t last = blocks_ - 1;

    for (std::size_t j = 0; j < n; ++j) {
        const uint64_t* eqRow = peq_.data() + rowOf(t[j]) * blocks_;
        uint64_t hinPos = 1, hinNeg = 0;
        for (std::size_t b = 0; b < last; ++b) {
            const uint64_t pv = Pv[b], mv = Mv[b];
            uint64_t eq = eqRow[b];
            const uint64_t xv = eq | mv;
            eq |= hinNeg;
            const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
            uint64_t ph = mv | ~(xh | pv);
            uint64_t mh = pv & xh;
            const uint64_t outPos = ph >> 63, outNeg = mh >> 63;
            ph = (ph << 1) | hinPos;
            mh = (mh << 1) | hinNeg;
            Pv[b] = mh | ~(xv | ph);
            Mv[b] = ph & xv;
            hinPos = outPos;
            hinNeg = outNeg;
        }
        {
            const uint64_t pv = Pv[last], mv = Mv[last];
            uint64_t eq = eqRow[last];
            const uint64_t xv = eq | mv;
            eq |= hinNeg;
            const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
            uint64_t ph = mv | ~(xh | pv);
            uint64_t mh = pv & xh;
            score += (ph & lastBit) ? 1 : 0;
            score -= (mh & lastBit) ? 1 : 0;
            ph = (ph << 1) | hinPos;
            mh = (mh << 1) | hinNeg;
            Pv[last] = mh | ~(xv | ph);
            Mv[last] = ph & xv;
        }
    }
    return score;
}

std::size_t LevenshteinPattern::distance(std::string_view text) const {
    if (tokens_)
        throw ConfigError("LevenshteinPattern: a token pattern cannot be compared with a string");
    if (m_ == 0) return text.size();
    return run(reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

std::size_t LevenshteinPattern::distance(const std::vector<int32_t>& tokens) const {
    if (m_ == 0) {
        for (int32_t t : tokens) symbolOf(t);
        return tokens.size();
    }
    if (!tokens_ && !symbolRow_.empty())
        throw ConfigError("LevenshteinPattern: a string pattern cannot be compared with tokens");
    return run(tokens.data(), tokens.size());
}

std::size_t levenshtein(std::string_view a, std::string_view b) {
    std::size_t p = 0;
    while (p < a.size() && p < b.size() && a[p] == b[p]) ++p;
    a.remove_prefix(p);
    b.remove_prefix(p);
    while (!a.empty() && !b.empty() && a.back() == b.back()) { a.remove_suffix(1); b.remove_suffix(1); }
    if (a.empty()) return b.size();
    if (b.empty()) return a.size();
    if (a.size() > b.size()) std::swap(a, b);
    return LevenshteinPattern(a).distance(b);
}

std::size_t levenshtein(const std::vector<int32_t>& a, const std::vector<int32_t>& b) {
    for (int32_t t : a) symbolOf(t);
    for (int32_t t : b) symbolOf(t);
    std::size_t p = 0, m = a.size(), n = b.size();
    while (p < m && p < n && a[p] == b[p]) ++p;
    while (m > p && n > p && a[m - 1] == b[n - 1]) { --m; --n; }
    if (m == p) return n - p;
    if (n == p) return m - p;
    std::vector<int32_t> sa(a.begin() + p, a.begin() + m), sb(b.begin() + p, b.begin() + n);
    if (sa.size() > sb.size()) std::swap(sa, sb);
    return LevenshteinPattern(sa).distance(sb);
}

} // namespace ts::pathways
