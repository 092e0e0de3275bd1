#include "widgets/export/LatexText.h"

#include <QHash>

namespace ts::widgets {

namespace {
// Characters outside ASCII that have a math (or text) command; \ensuremath keeps adjacent
// ones from forming "$$".
const QHash<char32_t, QString>& symbols()
{
    static const QHash<char32_t, QString> table = [] {
        QHash<char32_t, QString> t;
        const char* greek[] = {"alpha", "beta",   "gamma",   "delta", "epsilon", "zeta", "eta",  "theta", "iota",
                               "kappa", "lambda", "mu",      "nu",    "xi",      "o",    "pi",   "rho",   "varsigma",
                               "sigma", "tau",    "upsilon", "phi",   "chi",     "psi",  "omega"};
        for (int i = 0; i < 25; ++i) {
            const QString name = greek[i];
            t.insert(char32_t(0x03B1 + i), name == "o" ? QString("o") : "\\ensuremath{\\" + name + "}");
        }
        const char* upper[] = {"A",       "B",        "\\Gamma",   "\\Delta", "E",    "Z",     "H",      "\\Theta", "I",
                               "K",       "\\Lambda", "M",         "N",       "\\Xi", "O",     "\\Pi",   "P",       "",
                               "\\Sigma", "T",        "\\Upsilon", "\\Phi",   "X",    "\\Psi", "\\Omega"};
        for (int i = 0; i < 25; ++i)
            if (*upper[i])
                t.insert(char32_t(0x0391 + i),
                         upper[i][0] == '\\' ? QString("\\ensuremath{%1}").arg(upper[i]) : upper[i]);
        t.insert(0x03D5, "\\ensuremath{\\phi}");
        t.insert(0x03F5, "\\ensuremath{\\epsilon}");
        t.insert(0x00B5, "\\ensuremath{\\mu}");
        const std::pair<char32_t, const char*> math[] = {
            {0x00B1, "\\pm"},     {0x00D7, "\\times"}, {0x00F7, "\\div"},     {0x00B7, "\\cdot"},
            {0x2212, "-"},        {0x2016, "\\|"},     {0x2192, "\\to"},      {0x2190, "\\leftarrow"},
            {0x2264, "\\leq"},    {0x2265, "\\geq"},   {0x2260, "\\neq"},     {0x2248, "\\approx"},
            {0x221E, "\\infty"},  {0x2207, "\\nabla"}, {0x2202, "\\partial"}, {0x2211, "\\sum"},
            {0x221A, "\\sqrt{}"}, {0x2208, "\\in"},    {0x22C5, "\\cdot"},    {0x2032, "'"},
            {0x00B0, "^\\circ"},  {0x00AC, "\\neg"},   {0x27E8, "\\langle"},  {0x27E9, "\\rangle"},
            {0x2225, "\\|"},      {0x2026, "\\ldots"},   {0x221D, "\\propto"}};
        for (const auto& [c, m] : math)
            t.insert(c, QString("\\ensuremath{%1}").arg(m));
        for (int d = 0; d < 10; ++d)
            t.insert(char32_t(0x2080 + d), QString("\\ensuremath{_{%1}}").arg(d));
        const char32_t sup[] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
        for (int d = 0; d < 10; ++d)
            t.insert(sup[d], QString("\\ensuremath{^{%1}}").arg(d));
        t.insert(0x207B, "\\ensuremath{^{-}}");
        t.insert(0x2013, "--");
        t.insert(0x2014, "---");
        t.insert(0x2018, "`");
        t.insert(0x2019, "'");
        t.insert(0x201C, "``");
        t.insert(0x201D, "''");
        t.insert(0x00A0, "~");
        t.insert(0x00A7, "\\S{}");
        return t;
    }();
    return table;
}

// Latin-1 letters that LaTeX's default UTF-8 input typesets in its default (OT1) encoding.
bool plainLatin1(char32_t c)
{
    return (c >= 0xC0 && c <= 0xFF) && c != 0xD0 && c != 0xD7 && c != 0xDE && c != 0xF0 && c != 0xF7 && c != 0xFE;
}
} // namespace

QString latexText(const QString& text)
{
    QString out;
    QString foreign; // a run of characters without a LaTeX form, detokenized together
    const auto flush = [&] {
        if (!foreign.isEmpty())
            out += "\\detokenize{" + foreign + "}";
        foreign.clear();
    };
    for (char32_t c : text.toUcs4()) {
        const bool known = c < 0x80 || plainLatin1(c) || symbols().contains(c);
        if (!known) {
            foreign += QString::fromUcs4(&c, 1);
            continue;
        }
        flush();
        switch (c) {
        case '\\': out += "\\textbackslash{}"; break;
        case '{': out += "\\{"; break;
        case '}': out += "\\}"; break;
        case '_': out += "\\_"; break;
        case '%': out += "\\%"; break;
        case '&': out += "\\&"; break;
        case '#': out += "\\#"; break;
        case '$': out += "\\$"; break;
        case '~': out += "\\textasciitilde{}"; break;
        case '^': out += "\\textasciicircum{}"; break;
        case '<': out += "\\ensuremath{<}"; break; // OT1 has no < or > glyphs
        case '>': out += "\\ensuremath{>}"; break;
        case '|': out += "\\ensuremath{|}"; break;
        case '\n':
        case '\r':
        case '\t': out += ' '; break;
        default:
            if (c < 0x20 || c == 0x7F)
                break; // control characters say nothing
            if (c < 0x80 || plainLatin1(c))
                out += QString::fromUcs4(&c, 1);
            else
                out += symbols().value(c);
        }
    }
    flush();
    return out;
}

} // namespace ts::widgets
