#pragma once
// Writes a LatexFigure as pgfplots: a standalone document that pdflatex compiles to one page of
// the figure's size (with only texlive-latex-base and texlive-pictures: article, the picture
// measured in a box and shipped out as the page), or a tikzpicture to \input into a paper.
// The data goes inline or into sidecar .dat files beside the .tex (NAME-1.dat, NAME-2.dat, …).
// No font is chosen: the text is the document's, and only the axes' sizes are fixed (the
// picture is exactly the figure's size; margins for tick labels and titles are in em, so they
// follow the document's font size). Dense lines are decimated per column of the figure's width
// (Decimator, as on screen). Colour matrices are `matrix plot*`s; above 12,000 cells (pdflatex's
// memory ends near 200 × 200) a PNG beside the .tex (NAME-k.png) under pgfplots axes.
#include "widgets/export/LatexFigure.h"

#include <QString>

#include <utility>
#include <vector>

namespace ts::widgets {

struct LatexOptions {
    bool standalone = true;   // false: a tikzpicture to \input
    bool sidecarData = false; // true: the plots' tables in .dat files beside the .tex
};

class PgfplotsWriter {
public:
    explicit PgfplotsWriter(const LatexOptions& options = {});

    // The picture's size in cm.
    void setSize(double widthCm, double heightCm);
    // Decimation columns across the whole figure (e.g. its width in pixels).
    void setColumns(int columns) { columns_ = columns; }

    // The .tex text; with sidecar data, *dataFiles gets (file name, contents) for each table,
    // the names made from dataBase ("fig" -> fig-1.dat).
    QString text(const LatexFigure& figure, const QString& dataBase,
                 std::vector<std::pair<QString, QByteArray>>* dataFiles) const;
    // Writes path (and its .dat files beside it).
    bool write(const LatexFigure& figure, const QString& path, QString* error) const;

private:
    struct Context;
    void writeAxis(Context& c, const LatexAxis& axis) const;
    QString table(Context& c, const QString& columns, const std::vector<std::vector<double>>& rows,
                  const QString& keys) const;

    LatexOptions options_;
    double widthCm_ = 12, heightCm_ = 8;
    int columns_ = 800;
};

// A number as pgfplots reads it (nan, inf, -inf; 7 significant digits).
QString latexNumber(double v);

} // namespace ts::widgets
