#pragma once
// A neutral description of a 2-D figure for LaTeX export: axes placed on a page, each with its
// titles, scales and plots (lines with bands or error bars, a colour matrix, iso lines as
// broken lines). Views fill it in at full resolution; PgfplotsWriter decimates and writes it.
#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace ts::widgets {

struct LatexLine {
    std::vector<double> x, y; // x ascending for decimated lines; NaN in y (or x) breaks the line
    QColor colour{31, 119, 180};
    QString legend; // "" keeps it out of the legend
    // A band [lower, upper] as long as x, filled in the line's colour; with errorBars, drawn
    // as bars at every point instead.
    std::vector<double> lower, upper;
    bool errorBars = false;
    bool dashed = false;
    bool marks = false;   // a marker at every point (short series, trajectories)
    double opacity = 1.0; // < 1: a faint companion (raw data under a smoothed curve)
    double widthPt = 1.0;
    bool decimate = true; // dense curves: min/max per column of the figure's width
    bool secondY = false; // on the axis' right-hand y scale
};

struct LatexMatrix {
    std::vector<double> xs;                  // column positions
    std::vector<double> ys;                  // row positions
    std::vector<std::vector<double>> values; // values[row][column], as the colours show them
    double low = 0, high = 1;                // the colour map's range
    bool diverging = false;                  // blue–white–red instead of viridis
    QString colourBarTitle;
};

struct LatexAxis {
    QString title, xLabel, yLabel, secondYLabel;
    bool logX = false, logY = false;
    std::optional<std::pair<double, double>> xRange, yRange, secondYRange;
    std::vector<LatexLine> lines;
    std::optional<LatexMatrix> matrix; // drawn under the lines
    QStringList yTickLabels;           // labelled rows (heatmaps): ticks at 0, 1, …
    bool reverseY = false;             // row 0 at the top
    bool legend = true;
    // The axis' cell on the figure: fractions of its width and height, (0, 0) top left.
    QRectF place{0, 0, 1, 1};
};

struct LatexFigure {
    std::vector<LatexAxis> axes;
    struct Label {
        QPointF at; // fractions, (0, 0) top left
        QString text;
    };
    std::vector<Label> labels; // panel letters
    QStringList notes;         // written as comments (what could not be exported)

    // This figure squeezed into a cell of another (fractions of that one).
    void placeInto(const QRectF& cell)
    {
        const auto map = [&](const QPointF& p) {
            return QPointF(cell.left() + p.x() * cell.width(), cell.top() + p.y() * cell.height());
        };
        for (auto& a : axes)
            a.place = QRectF(map(a.place.topLeft()), map(a.place.bottomRight()));
        for (auto& l : labels)
            l.at = map(l.at);
    }
    void append(LatexFigure other)
    {
        for (auto& a : other.axes)
            axes.push_back(std::move(a));
        for (auto& l : other.labels)
            labels.push_back(std::move(l));
        notes += other.notes;
    }
};

} // namespace ts::widgets
