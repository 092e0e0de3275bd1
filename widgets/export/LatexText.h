#pragma once
// Plain text (a title, an axis label) as LaTeX that pdflatex typesets as written: the special
// characters escaped, Greek letters and common symbols as math, sub- and superscript digits as
// such, Latin-1 letters as they are (LaTeX reads UTF-8), anything else detokenized.
#include <QString>

namespace ts::widgets {

QString latexText(const QString& text);

} // namespace ts::widgets
