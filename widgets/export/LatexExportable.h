#pragma once
// A 2-D view that can describe what it shows as a LaTeX figure (File → Export → LaTeX,
// `render --out fig.tex`); PgfplotsWriter writes it.
#include "widgets/export/LatexFigure.h"

namespace ts::widgets {

class LatexExportable {
public:
    virtual ~LatexExportable() = default;
    // At full resolution; the writer decimates for the figure's width.
    virtual LatexFigure latexFigure() const = 0;
};

} // namespace ts::widgets
