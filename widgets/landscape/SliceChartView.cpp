#include "widgets/landscape/SliceChartView.h"

#include "widgets/export/CsvWriter.h"
#include "widgets/landscape/AxisTitles.h"

#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTextStream>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ts::widgets {

SliceChartView::SliceChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 8, 2)); // room for the plot: title, legend and axes take enough
    setMinimumSize(320, 260);
}

void SliceChartView::setSurface(const LandscapeSurface& surface)
{
    surface_ = surface;
    rebuild();
}

void SliceChartView::setOptions(const SceneOptions& options)
{
    options_ = options;
    rebuild();
}

void SliceChartView::setPresentation(const Presentation& presentation)
{
    presentation_ = presentation;
    rebuild();
}

void SliceChartView::setRow(int64_t iy)
{
    row_ = iy;
    rebuild();
}

int64_t SliceChartView::row() const
{
    if (!surface_.is2d())
        return 0;
    if (row_ >= 0 && row_ < surface_.ny())
        return row_;
    const auto& ys = surface_.ys;
    return int64_t(
        std::min_element(ys.begin(), ys.end(), [](double a, double b) { return std::abs(a) < std::abs(b); }) -
        ys.begin());
}

SliceChartView::Slice SliceChartView::slice() const
{
    Slice s;
    s.lossName = options_.metric;
    s.accuracyName = pairedAccuracy(surface_, options_.metric);
    const int64_t iy = row();
    for (int64_t ix = 0; ix < surface_.nx(); ++ix) {
        s.x.push_back(surface_.xs[size_t(ix)]);
        s.loss.push_back(surface_.value(s.lossName, ix, iy));
        s.accuracy.push_back(s.accuracyName.empty() ? NAN : surface_.value(s.accuracyName, ix, iy));
    }
    return s;
}

void SliceChartView::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes())
        c->removeAxis(a), delete a;
    const Slice s = slice();
    const bool log = options_.scale.log;
    QString title = QString::fromStdString(s.lossName);
    if (surface_.is2d())
        title += tr(" along %1 at y = %2")
                     .arg(surfaceAxisTitle(surface_.directions, 0))
                     .arg(surface_.ys.empty() ? 0.0 : surface_.ys[size_t(row())], 0, 'g', 4);
    c->setTitle(title);

    auto* loss = new QLineSeries;
    loss->setName(QString::fromStdString(s.lossName));
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < s.x.size(); ++i) {
        double v = s.loss[i];
        if (std::isfinite(options_.scale.zClip))
            v = std::min(v, options_.scale.zClip);
        if (!std::isfinite(v) || (log && v <= 0))
            continue;
        loss->append(s.x[i], v);
        lo = std::min(lo, v), hi = std::max(hi, v);
    }
    c->addSeries(loss);
    auto* xAxis = new QValueAxis;
    xAxis->setTitleText(surfaceAxisTitle(surface_.directions, 0));
    if (!s.x.empty())
        xAxis->setRange(s.x.front(), s.x.back());
    c->addAxis(xAxis, Qt::AlignBottom);
    QAbstractAxis* yAxis = nullptr;
    if (log) {
        auto* a = new QLogValueAxis;
        a->setLabelFormat("%.3g");
        a->setMinorTickCount(-1);
        yAxis = a;
    } else {
        yAxis = new QValueAxis;
    }
    yAxis->setTitleText(QString::fromStdString(s.lossName));
    if (lo <= hi)
        yAxis->setRange(log ? lo / 1.2 : lo - 0.05 * (hi - lo + 1e-12), log ? hi * 1.2 : hi + 0.05 * (hi - lo + 1e-12));
    c->addAxis(yAxis, Qt::AlignLeft);
    loss->attachAxis(xAxis);
    loss->attachAxis(yAxis);

    if (!s.accuracyName.empty()) {
        auto* acc = new QLineSeries;
        acc->setName(QString::fromStdString(s.accuracyName));
        for (size_t i = 0; i < s.x.size(); ++i)
            if (std::isfinite(s.accuracy[i]))
                acc->append(s.x[i], s.accuracy[i]);
        c->addSeries(acc);
        auto* accAxis = new QValueAxis;
        accAxis->setTitleText(QString::fromStdString(s.accuracyName));
        accAxis->setRange(0, 1);
        c->addAxis(accAxis, Qt::AlignRight);
        acc->attachAxis(xAxis);
        acc->attachAxis(accAxis);
        QPen pen = acc->pen();
        pen.setStyle(Qt::DashLine);
        acc->setPen(pen);
    }

    // Checkpoints that lie on this slice (1-D: all; 2-D: those on the row's y).
    auto* marks = new QScatterSeries;
    marks->setName(tr("checkpoints"));
    marks->setMarkerSize(8);
    const double rowY = surface_.is2d() ? surface_.ys[size_t(row())] : 0.0;
    const double tol = surface_.is2d() && surface_.ny() > 1 ? std::abs(surface_.ys[1] - surface_.ys[0]) / 2 : INFINITY;
    for (const TrajectoryPoint& t : surface_.trajectory) {
        if (double(t.step) > options_.trajectoryUpTo)
            continue; // replay: not reached yet
        if (surface_.is2d() && std::abs(t.y - rowY) > tol)
            continue;
        double v = std::isfinite(t.loss) && options_.metric.find("loss") != std::string::npos ? t.loss : NAN;
        if (!std::isfinite(v)) {
            // Interpolate the slice under the checkpoint.
            const auto it = std::upper_bound(s.x.begin(), s.x.end(), t.x);
            if (it == s.x.begin() || it == s.x.end())
                continue;
            const size_t i = size_t(it - s.x.begin()) - 1;
            const double f = (t.x - s.x[i]) / (s.x[i + 1] - s.x[i]);
            v = s.loss[i] * (1 - f) + s.loss[i + 1] * f;
        }
        if (std::isfinite(v) && (!log || v > 0))
            marks->append(t.x, v);
    }
    if (options_.trajectory && marks->count() > 0) {
        c->addSeries(marks);
        marks->attachAxis(xAxis);
        marks->attachAxis(yAxis);
    } else {
        delete marks;
    }
    if (presentation_.lineWidth > 0) {
        for (QAbstractSeries* series : c->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(series)) {
                QPen pen = line->pen();
                pen.setWidthF(presentation_.lineWidth);
                line->setPen(pen);
            } else if (auto* dots = qobject_cast<QScatterSeries*>(series)) {
                dots->setMarkerSize(8 * presentation_.lineWidth / 1.6);
            }
        }
    }
    applyChartText(c, presentation_);
}

bool SliceChartView::writeCsv(const QString& path, QString* error) const
{
    const Slice s = slice();
    return CsvWriter::writeFile(
        path,
        [&](QTextStream& out) {
            out << "x," << CsvWriter::quoteField(QString::fromStdString(s.lossName));
            if (!s.accuracyName.empty())
                out << ',' << CsvWriter::quoteField(QString::fromStdString(s.accuracyName));
            out << '\n';
            for (size_t i = 0; i < s.x.size(); ++i) {
                out << CsvWriter::formatNumber(s.x[i]) << ',' << CsvWriter::formatNumber(s.loss[i]);
                if (!s.accuracyName.empty())
                    out << ',' << CsvWriter::formatNumber(s.accuracy[i]);
                out << '\n';
            }
        },
        error);
}

} // namespace ts::widgets
