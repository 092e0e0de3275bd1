#include "widgets/export/PgfplotsWriter.h"

#include "widgets/charts/Decimator.h"
#include "widgets/export/LatexText.h"
#include "widgets/landscape/ColourMap.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts::widgets {

QString latexNumber(double v)
{
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    return QString::number(v, 'g', 7);
}

struct PgfplotsWriter::Context {
    QString out;
    QString colours; // \definecolor lines, written before the axes
    QHash<QRgb, QString> colourNames;
    QString dataBase;
    std::vector<std::pair<QString, QByteArray>>* dataFiles = nullptr;

    QString colour(const QColor& c)
    {
        const QRgb key = c.rgb();
        if (auto it = colourNames.find(key); it != colourNames.end())
            return *it;
        const QString name = QString("tscolour%1").arg(QChar(char16_t(u'A' + colourNames.size() % 26))) +
                             (colourNames.size() >= 26 ? QString::number(colourNames.size() / 26) : QString());
        colours += QString("\\definecolor{%1}{RGB}{%2,%3,%4}\n").arg(name).arg(c.red()).arg(c.green()).arg(c.blue());
        colourNames.insert(key, name);
        return name;
    }
};

namespace {
QString cm(double v) { return QString::number(v, 'f', 3) + "cm"; }

QString em(double v) { return QString::number(v, 'f', 2) + "em"; }

std::pair<double, double> finiteRange(const std::vector<double>& v, bool positive)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double x : v)
        if (std::isfinite(x) && (!positive || x > 0))
            lo = std::min(lo, x), hi = std::max(hi, x);
    return {lo, hi};
}

// Above this many cells a matrix plot exhausts pdflatex's memory (200 × 200 does): the
// colours go into a PNG beside the .tex, drawn with \addplot graphics.
constexpr std::size_t kMaxMatrixCells = 12000;

QColor matrixColour(const LatexMatrix& m, double v)
{
    if (!std::isfinite(v))
        return Qt::white;
    const double t = std::clamp(m.high > m.low ? (v - m.low) / (m.high - m.low) : 0.5, 0.0, 1.0);
    if (!m.diverging)
        return viridis(t);
    // Blue – white – red, as the heatmap draws it.
    const double u = t * 2.0 - 1.0, w = std::abs(u);
    const QColor end = u < 0 ? QColor(33, 102, 172) : QColor(178, 24, 43);
    return QColor::fromRgbF(float(1.0 + (end.redF() - 1.0) * w), float(1.0 + (end.greenF() - 1.0) * w),
                            float(1.0 + (end.blueF() - 1.0) * w));
}

// The cells' outer edges along one axis (positions are the cells' centres, evenly spaced).
std::pair<double, double> edges(const std::vector<double>& centres)
{
    const double step = centres.size() > 1 ? (centres.back() - centres.front()) / double(centres.size() - 1) : 1.0;
    return {centres.front() - step / 2, centres.back() + step / 2};
}

bool drawable(double x, double y, bool logX, bool logY)
{
    return std::isfinite(x) && std::isfinite(y) && (!logX || x > 0) && (!logY || y > 0);
}

// (x, y) decimated per column when dense; otherwise as given.
std::vector<Decimator::Point> reduced(const std::vector<double>& x, const std::vector<double>& y, bool decimate,
                                      const Decimator::Options& o)
{
    const std::size_t n = std::min(x.size(), y.size());
    if (decimate && n > std::size_t(o.columns) * Decimator::kPointsPerColumn &&
        std::is_sorted(x.begin(), x.begin() + long(n)))
        return Decimator::decimate(x.data(), y.data(), n, o);
    std::vector<Decimator::Point> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        out.push_back({x[i], y[i]});
    return out;
}
} // namespace

PgfplotsWriter::PgfplotsWriter(const LatexOptions& options) : options_(options) {}

void PgfplotsWriter::setSize(double widthCm, double heightCm)
{
    widthCm_ = widthCm;
    heightCm_ = heightCm;
}

QString PgfplotsWriter::table(Context& c, const QString& columns, const std::vector<std::vector<double>>& rows,
                              const QString& keys) const
{
    QString body = columns + (options_.sidecarData ? "\n" : "\\\\\n");
    for (const auto& r : rows) {
        QStringList fields;
        for (double v : r)
            fields << latexNumber(v);
        body += fields.join(' ') + (options_.sidecarData ? "\n" : "\\\\\n");
    }
    if (options_.sidecarData) {
        const QString name = QString("%1-%2.dat").arg(c.dataBase).arg(c.dataFiles ? c.dataFiles->size() + 1 : 1);
        if (c.dataFiles)
            c.dataFiles->push_back({name, body.toUtf8()});
        return QString("table[%1] {%2}").arg(keys, name);
    }
    return QString("table[%1, row sep=\\\\] {\n%2}").arg(keys, body);
}

void PgfplotsWriter::writeAxis(Context& c, const LatexAxis& a) const
{
    const bool colourBar = a.matrix.has_value();
    const bool hasSecond = std::any_of(a.lines.begin(), a.lines.end(), [](const LatexLine& l) { return l.secondY; });
    // Room around the plot for tick labels and titles, in em of the document's font.
    double left = a.yLabel.isEmpty() ? 2.8 : 4.1;
    if (!a.yTickLabels.isEmpty()) {
        int longest = 0;
        for (const auto& t : a.yTickLabels)
            longest = std::max(longest, int(t.size()));
        left = std::min(12.0, 0.55 * longest + 1.0) + (a.yLabel.isEmpty() ? 0 : 1.4);
    }
    if (a.logY)
        left += 1.3; // 10^{-2}
    const double bottom = a.xLabel.isEmpty() ? 1.8 : 3.1;
    // A title wider than the plot wraps (about 0.5 em a character; 1 em ≈ 0.35 cm at 10 pt).
    const double plotWidthEm = a.place.width() * widthCm_ / 0.35 - (a.yLabel.isEmpty() ? 3.6 : 4.9);
    const int titleLines =
        a.title.isEmpty() ? 0 : std::max(1, int(std::ceil(0.5 * double(a.title.size()) / std::max(8.0, plotWidthEm))));
    double top = a.title.isEmpty() ? 0.8 : 0.8 + 1.2 * titleLines;
    double right = 0.8;
    if (colourBar)
        right += 5.2;
    if (hasSecond)
        right += 3.6;
    // A long legend goes beside the plot instead of over the curves.
    int entries = 0, longest = 0;
    for (const LatexLine& l : a.lines)
        if (!l.legend.isEmpty() && !l.secondY)
            ++entries, longest = std::max(longest, int(l.legend.size()));
    const double legendWidth = 3.2 + 0.5 * longest; // em: the line sample and the text
    const bool legendBeside =
        a.legend && entries > 3 && !colourBar && !hasSecond && legendWidth * 0.35 < 0.35 * a.place.width() * widthCm_;
    if (legendBeside)
        right += legendWidth + 0.5;
    // A short legend goes above the plot, one entry per row (as on screen, where it never
    // covers the curves); the title moves up above it.
    const bool legendAbove = a.legend && entries > 0 && !legendBeside;
    const double legendHeight = legendAbove ? 1.25 * entries + 0.5 : 0.0; // em
    top += legendHeight;
    const double cellLeft = a.place.left() * widthCm_, cellBottom = (1.0 - a.place.bottom()) * heightCm_;
    const double cellWidth = a.place.width() * widthCm_, cellHeight = a.place.height() * heightCm_;

    QStringList o;
    o << QString("at={(%1+%2,%3+%4)}").arg(cm(cellLeft), em(left), cm(cellBottom), em(bottom)) << "anchor=south west"
      << "scale only axis" << QString("width={%1-%2}").arg(cm(cellWidth), em(left + right))
      << QString("height={%1-%2}").arg(cm(cellHeight), em(top + bottom));
    if (!a.title.isEmpty())
        o << QString("title={%1}").arg(latexText(a.title))
          << QString("title style={text width={%1-%2}, align=center}").arg(cm(cellWidth), em(left + right));
    if (!a.xLabel.isEmpty())
        o << QString("xlabel={%1}").arg(latexText(a.xLabel));
    if (!a.yLabel.isEmpty())
        o << QString("ylabel={%1}").arg(latexText(a.yLabel));
    if (a.logX)
        o << "xmode=log";
    if (a.logY)
        o << "ymode=log";
    // Log axes over less than three decades read better as 2, 5, 200 than as 10^{0.3}.
    const auto fewDecades = [](std::optional<std::pair<double, double>> r) {
        return r && r->first > 0 && r->second / r->first < 1000;
    };
    if ((a.logX || a.logY) && (!a.logX || fewDecades(a.xRange)) && (!a.logY || fewDecades(a.yRange)))
        o << "log ticks with fixed point";
    const auto range = [&](const char* axis, std::optional<std::pair<double, double>> r, bool log,
                           const std::vector<const std::vector<double>*>& data) {
        if (!r && !log) {
            // pgfplots cannot scale a span below about 1e-4 of its values ("Dimension too large"):
            // such data (a flat loss) gets an explicit, wider range.
            std::pair<double, double> d = finiteRange({}, false);
            for (const auto* v : data) {
                const auto e = finiteRange(*v, false);
                d = {std::min(d.first, e.first), std::max(d.second, e.second)};
            }
            if (d.first <= d.second && d.second - d.first < 1e-4 * std::max(std::abs(d.first), std::abs(d.second)))
                r = d;
        }
        if (!r || !std::isfinite(r->first) || !std::isfinite(r->second) || r->second < r->first ||
            (log && r->first <= 0))
            return;
        if (!log) {
            const double centre = (r->first + r->second) / 2;
            double half = std::max((r->second - r->first) / 2, 5e-5 * std::abs(centre));
            if (!(half > 0))
                half = 0.5; // all zeros
            r = std::make_pair(centre - half, centre + half);
        } else if (r->second <= r->first) {
            r = std::make_pair(r->first / 1.1, r->second * 1.1);
        }
        o << QString("%1min=%2").arg(axis, latexNumber(r->first))
          << QString("%1max=%2").arg(axis, latexNumber(r->second));
    };
    std::vector<const std::vector<double>*> xs, ys;
    for (const LatexLine& l : a.lines) {
        xs.push_back(&l.x);
        if (!l.secondY)
            ys.insert(ys.end(), {&l.y, &l.lower, &l.upper});
    }
    range("x", a.xRange, a.logX, xs);
    range("y", a.yRange, a.logY, ys);
    o << "unbounded coords=jump"
      << "legend cell align=left"
      << "legend style={fill opacity=0.85, draw opacity=1, text opacity=1}";
    if (legendBeside)
        o << "legend pos=outer north east";
    if (legendAbove) {
        o << "legend style={at={(0.5,1.0)}, yshift=0.3em, anchor=south, draw=none, fill=none}";
        if (!a.title.isEmpty())
            o << QString("title style={yshift=%1}").arg(em(legendHeight));
    }
    if (a.reverseY)
        o << "y dir=reverse";
    if (!a.yTickLabels.isEmpty()) {
        // As many labels as fit at about 0.45 cm apart (a 10 pt font).
        const double plotHeightCm = a.place.height() * heightCm_ - (top + bottom) * 0.35;
        const int fit = std::max(1, int(plotHeightCm / 0.45));
        const int every = std::max(1, int(std::ceil(double(a.yTickLabels.size()) / fit)));
        QStringList ticks, labels;
        for (int i = 0; i < a.yTickLabels.size(); i += every)
            ticks << QString::number(i), labels << "{" + latexText(a.yTickLabels[i]) + "}";
        o << QString("ytick={%1}").arg(ticks.join(',')) << QString("yticklabels={%1}").arg(labels.join(','));
    }
    if (colourBar) {
        const LatexMatrix& m = *a.matrix;
        o << "enlargelimits=false"
          << "axis on top"
          << "colorbar" << QString("point meta min=%1").arg(latexNumber(m.low))
          << QString("point meta max=%1").arg(latexNumber(std::max(m.high, m.low + 1e-300)));
        o << (m.diverging
                  ? QString("colormap={tsdiverging}{rgb255=(33,102,172) rgb255=(255,255,255) rgb255=(178,24,43)}")
                  : QString("colormap/viridis"));
        if (!m.colourBarTitle.isEmpty())
            o << QString("colorbar style={ylabel={%1}}").arg(latexText(m.colourBarTitle));
    }
    c.out += "\\begin{axis}[\n  " + o.join(",\n  ") + "]\n";

    if (colourBar) {
        const LatexMatrix& m = *a.matrix;
        const std::size_t nr = std::min(m.ys.size(), m.values.size()), nc = m.xs.size();
        if (nr * nc > kMaxMatrixCells && c.dataFiles) {
            // Each cell k × k pixels, so that no viewer smooths the cells into each other.
            const int k = std::max(1, int(1200 / std::max(nr, nc)));
            QImage image(int(nc) * k, int(nr) * k, QImage::Format_RGB32);
            for (std::size_t r = 0; r < nr; ++r) {
                // The image's top row is the row drawn at the top.
                const int top = int(a.reverseY ? r : nr - 1 - r) * k;
                for (std::size_t col = 0; col < nc; ++col) {
                    const QRgb rgb = matrixColour(m, col < m.values[r].size() ? m.values[r][col] : NAN).rgb();
                    for (int dy = 0; dy < k; ++dy)
                        std::fill_n(reinterpret_cast<QRgb*>(image.scanLine(top + dy)) + col * std::size_t(k), k, rgb);
                }
            }
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            const QString name = QString("%1-%2.png").arg(c.dataBase).arg(c.dataFiles->size() + 1);
            c.dataFiles->push_back({name, png});
            const auto [x0, x1] = edges(m.xs);
            const auto [y0, y1] = edges(m.ys);
            c.out += QString("\\addplot graphics[xmin=%1, xmax=%2, ymin=%3, ymax=%4] {%5};\n")
                         .arg(latexNumber(x0), latexNumber(x1), latexNumber(y0), latexNumber(y1), name);
        } else {
            std::vector<std::vector<double>> rows;
            for (std::size_t r = 0; r < nr; ++r)
                for (std::size_t col = 0; col < nc; ++col)
                    rows.push_back({m.xs[col], m.ys[r], col < m.values[r].size() ? m.values[r][col] : NAN});
            if (!rows.empty())
                c.out +=
                    QString(
                        "\\addplot[matrix plot*, mesh/cols=%1, mesh/rows=%2, point meta=explicit, forget plot] %3;\n")
                        .arg(nc)
                        .arg(nr)
                        .arg(table(c, "x y v", rows, "x=x, y=y, meta=v"));
        }
    }

    // Decimation at this axis' share of the figure's columns, over its x-range.
    Decimator::Options d;
    d.columns = std::max(50, int(std::lround(columns_ * a.place.width())));
    d.logX = a.logX;
    std::pair<double, double> xr{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    for (const auto& l : a.lines) {
        const auto r = finiteRange(l.x, a.logX);
        xr = {std::min(xr.first, r.first), std::max(xr.second, r.second)};
    }
    if (a.xRange)
        xr = *a.xRange;
    d.xMin = xr.first;
    d.xMax = xr.second > xr.first ? xr.second : xr.first + 1;

    const auto writeLines = [&](bool second) {
        for (const LatexLine& l : a.lines) {
            if (l.secondY != second)
                continue;
            const bool logY = second ? false : a.logY;
            d.positiveYOnly = logY;
            const QString colour = c.colour(l.colour);
            const bool band = l.lower.size() == l.x.size() && l.upper.size() == l.x.size() && !l.x.empty();
            if (band && !l.errorBars) {
                // A closed polygon: the lower edge forwards, the upper one back.
                std::vector<std::vector<double>> rows;
                for (const auto& p : reduced(l.x, l.lower, l.decimate, d))
                    if (drawable(p.x, p.y, a.logX, logY))
                        rows.push_back({p.x, p.y});
                const auto upper = reduced(l.x, l.upper, l.decimate, d);
                for (auto it = upper.rbegin(); it != upper.rend(); ++it)
                    if (drawable(it->x, it->y, a.logX, logY))
                        rows.push_back({it->x, it->y});
                if (rows.size() >= 3)
                    c.out += QString("\\addplot[draw=none, fill=%1, fill opacity=0.2, forget plot] %2 -- cycle;\n")
                                 .arg(colour, table(c, "x y", rows, "x=x, y=y"));
            }
            QStringList style{"color=" + colour, QString("line width=%1pt").arg(l.widthPt, 0, 'g', 3)};
            if (l.marks && l.widthPt <= 0)
                style << "only marks"
                      << "mark=*, mark size=2pt";
            else
                style << (l.marks || l.errorBars ? "mark=*, mark size=1.2pt" : "mark=none");
            if (l.dashed)
                style << "dashed";
            if (l.opacity < 1)
                style << QString("opacity=%1").arg(l.opacity, 0, 'g', 3);
            if (l.legend.isEmpty())
                style << "forget plot";
            std::vector<std::vector<double>> rows;
            QString columns = "x y", keys = "x=x, y=y";
            if (band && l.errorBars) {
                style << "error bars/.cd, y dir=both, y explicit";
                columns = "x y ep em";
                keys += ", y error plus=ep, y error minus=em";
                for (std::size_t i = 0; i < l.x.size() && i < l.y.size(); ++i)
                    if (drawable(l.x[i], l.y[i], a.logX, logY))
                        rows.push_back({l.x[i], l.y[i], std::isfinite(l.upper[i]) ? l.upper[i] - l.y[i] : 0.0,
                                        std::isfinite(l.lower[i]) ? l.y[i] - l.lower[i] : 0.0});
            } else {
                for (const auto& p : reduced(l.x, l.y, l.decimate, d))
                    rows.push_back({p.x, drawable(p.x, p.y, a.logX, logY) ? p.y : NAN}); // NaN: a gap
            }
            if (rows.empty())
                continue;
            c.out += QString("\\addplot[%1] %2;\n").arg(style.join(", "), table(c, columns, rows, keys));
            if (!l.legend.isEmpty())
                c.out += QString("\\addlegendentry{%1}\n").arg(latexText(l.legend));
        }
    };
    writeLines(false);
    if (!a.legend)
        c.out += "\\legend{}\n";
    c.out += "\\end{axis}\n";

    if (hasSecond) {
        // The right-hand scale: a second axis on the same place, only its y axis drawn.
        QStringList s{o[0],
                      o[1],
                      o[2],
                      o[3],
                      o[4],
                      "axis y line*=right",
                      "axis x line=none",
                      "unbounded coords=jump",
                      "legend style={at={(0.97,0.03)}, anchor=south east}"};
        if (!a.secondYLabel.isEmpty())
            s << QString("ylabel={%1}").arg(latexText(a.secondYLabel));
        // The same x-range as the left axis (its keys were added to o after index 4).
        for (const QString& key : o)
            if (key.startsWith("xmin=") || key.startsWith("xmax="))
                s << key;
        std::vector<const std::vector<double>*> second;
        for (const LatexLine& l : a.lines)
            if (l.secondY)
                second.push_back(&l.y);
        const qsizetype before = o.size();
        range("y", a.secondYRange, false, second);
        for (qsizetype i = before; i < o.size(); ++i)
            s << o[i];
        o.erase(o.begin() + before, o.end());
        c.out += "\\begin{axis}[\n  " + s.join(",\n  ") + "]\n";
        writeLines(true);
        if (!a.legend)
            c.out += "\\legend{}\n";
        c.out += "\\end{axis}\n";
    }
}

QString PgfplotsWriter::text(const LatexFigure& figure, const QString& dataBase,
                             std::vector<std::pair<QString, QByteArray>>* dataFiles) const
{
    Context c;
    c.dataBase = dataBase;
    c.dataFiles = dataFiles;
    for (const LatexAxis& a : figure.axes)
        writeAxis(c, a);
    for (const auto& l : figure.labels)
        c.out += QString("\\node[anchor=north west, inner sep=2pt] at (%1,%2) {%3};\n")
                     .arg(cm(l.at.x() * widthCm_), cm((1.0 - l.at.y()) * heightCm_), latexText(l.text));

    QString picture;
    picture += QString("% TrainScope figure, %1 x %2. Needs \\usepackage{pgfplots} and \\pgfplotsset{compat=1.16}\n"
                       "% (or later) in the preamble; the text takes the document's font.\n")
                   .arg(cm(widthCm_), cm(heightCm_));
    for (const QString& n : figure.notes)
        picture += "% " + QString(n).replace('\n', ' ') + "\n";
    picture += "\\begin{tikzpicture}\n";
    picture += c.colours;
    // Exactly the figure's size, whatever the labels need.
    picture += QString("\\useasboundingbox (0,0) rectangle (%1,%2);\n").arg(cm(widthCm_), cm(heightCm_));
    picture += c.out;
    picture += "\\end{tikzpicture}%\n";
    if (!options_.standalone)
        return picture;
    // A page exactly the picture's size with only the article class: the picture is set in a
    // box and that box shipped out as the page (the standalone class is not in latex-base).
    return QString("\\documentclass{article}\n"
                   "\\usepackage{pgfplots}\n"
                   "\\pgfplotsset{compat=1.16}\n"
                   "\\begin{document}\n"
                   "\\newsavebox{\\trainscopefigure}\n"
                   "\\begin{lrbox}{\\trainscopefigure}\n") +
           picture +
           "\\end{lrbox}%\n"
           "\\pdfpagewidth=\\wd\\trainscopefigure\n"
           "\\pdfpageheight=\\dimexpr\\ht\\trainscopefigure+\\dp\\trainscopefigure\\relax\n"
           "\\hoffset=-1in \\voffset=-1in\n"
           "\\shipout\\box\\trainscopefigure\n"
           "\\end{document}\n";
}

bool PgfplotsWriter::write(const LatexFigure& figure, const QString& path, QString* error) const
{
    const QFileInfo info(path);
    std::vector<std::pair<QString, QByteArray>> data;
    const QString tex = text(figure, info.completeBaseName(), &data);
    const auto save = [&](const QString& file, const QByteArray& bytes) {
        QSaveFile f(file);
        if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
            return true;
        if (error)
            *error = QCoreApplication::translate("PgfplotsWriter", "%1: cannot write the file (%2)")
                         .arg(file, f.errorString());
        return false;
    };
    for (const auto& [name, bytes] : data)
        if (!save(info.dir().filePath(name), bytes))
            return false;
    return save(path, tex.toUtf8());
}

} // namespace ts::widgets
