#include "widgets/charts/HeatmapView.h"

#include "widgets/export/CsvWriter.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTextStream>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ts::widgets {

namespace {
// Viridis, sampled at 9 stops (perceptually uniform, colour-blind safe).
const QColor kViridis[] = {QColor(68, 1, 84),    QColor(71, 44, 122),  QColor(59, 81, 139),
                           QColor(44, 113, 142), QColor(33, 144, 141), QColor(39, 173, 129),
                           QColor(92, 200, 99),  QColor(170, 220, 50), QColor(253, 231, 37)};
} // namespace

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAutoFillBackground(true);
    setMinimumSize(320, 200);
}

void HeatmapView::setData(const QStringList& rowLabels, const std::vector<double>& columns,
                          const std::vector<std::vector<double>>& values)
{
    rows_ = rowLabels;
    columns_ = columns;
    values_ = values;
    lo_ = std::numeric_limits<double>::infinity();
    hi_ = -lo_;
    for (const auto& r : values_)
        for (double v : r)
            if (std::isfinite(v) && (!log_ || v > 0)) {
                lo_ = std::min(lo_, v);
                hi_ = std::max(hi_, v);
            }
    if (!std::isfinite(lo_)) {
        lo_ = 0;
        hi_ = 1;
    }
    if (diverging_ && !log_) {
        const double m = std::max({std::abs(lo_), std::abs(hi_), 1e-300});
        lo_ = -m;
        hi_ = m;
    }
    update();
}

void HeatmapView::setTitles(const QString& title, const QString& columnTitle, const QString& valueTitle)
{
    title_ = title;
    columnTitle_ = columnTitle;
    valueTitle_ = valueTitle;
    update();
}

void HeatmapView::setDiverging(bool on)
{
    diverging_ = on;
    setData(rows_, columns_, values_);
}

void HeatmapView::setMarkedCell(int row, int column)
{
    markedRow_ = row;
    markedColumn_ = column;
    update();
}

void HeatmapView::setLogScale(bool on)
{
    log_ = on;
    setData(rows_, columns_, values_);
}

double HeatmapView::mapped(double v) const
{
    if (log_) {
        if (!(v > 0) || !(lo_ > 0))
            return std::nan("");
        return hi_ > lo_ ? (std::log(v) - std::log(lo_)) / (std::log(hi_) - std::log(lo_)) : 0.5;
    }
    return hi_ > lo_ ? (v - lo_) / (hi_ - lo_) : 0.5;
}

QColor HeatmapView::colourFor(double v) const
{
    const double t = mapped(v);
    if (!std::isfinite(t))
        return palette().color(QPalette::Mid);
    if (diverging_ && !log_) {
        // Blue (#2166AC) – white – red (#B2182B), after ColorBrewer's RdBu.
        const double u = std::clamp(t, 0.0, 1.0) * 2.0 - 1.0;
        const QColor end = u < 0 ? QColor(0x21, 0x66, 0xAC) : QColor(0xB2, 0x18, 0x2B);
        const double w = std::abs(u);
        return QColor::fromRgbF(1.0 + (end.redF() - 1.0) * w, 1.0 + (end.greenF() - 1.0) * w,
                                1.0 + (end.blueF() - 1.0) * w);
    }
    const double x = std::clamp(t, 0.0, 1.0) * 8.0;
    const int i = std::min(7, int(x));
    const double f = x - i;
    const QColor a = kViridis[i], b = kViridis[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}

int HeatmapView::barLabelWidth(const QFontMetrics& fm) const
{
    return std::max(fm.horizontalAdvance(QString::number(hi_, 'g', 3)), fm.horizontalAdvance(QString::number(lo_, 'g', 3)));
}

QRectF HeatmapView::plotRect() const
{
    const QFontMetrics fm(font());
    int labelWidth = 0;
    for (const auto& r : rows_)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(r));
    // Right of the plot: the colour bar with its end labels beside it (at least 90 px;
    // more with a large font, as in presenter mode).
    const double right = std::max(90.0, 16.0 + 14 + 3 + barLabelWidth(fm) + 6 + fm.height() + 6);
    const double left = labelWidth + 14, top = fm.height() * 2 + 8, bottom = fm.height() * 3 + 8;
    return QRectF(left, top, std::max(10.0, width() - left - right), std::max(10.0, height() - top - bottom));
}

void HeatmapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Text));
    const QFontMetrics fm(font());
    const QRectF plot = plotRect();
    if (!title_.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRectF(0, 4, width(), fm.height() * 1.5), Qt::AlignCenter, title_);
        p.setFont(font());
    }
    const int nr = int(values_.size()), nc = int(columns_.size());
    if (nr == 0 || nc == 0)
        return;
    const double cw = plot.width() / nc, ch = plot.height() / nr;
    for (int r = 0; r < nr; ++r)
        for (int c = 0; c < nc && c < int(values_[r].size()); ++c)
            p.fillRect(QRectF(plot.left() + c * cw, plot.top() + r * ch, cw + 0.5, ch + 0.5), colourFor(values_[r][c]));
    if (markedRow_ >= 0 && markedRow_ < nr && markedColumn_ >= 0 && markedColumn_ < nc) {
        const QRectF cell(plot.left() + markedColumn_ * cw, plot.top() + markedRow_ * ch, cw, ch);
        p.save();
        p.setPen(QPen(palette().color(QPalette::Text), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell.adjusted(-2, -2, 2, 2));
        p.restore();
    }
    // Label every row that has room; dense heatmaps label every n-th.
    const int labelEvery = std::max(1, int(std::ceil(fm.height() / std::max(1.0, ch))));
    for (int r = 0; r < nr && r < rows_.size(); r += labelEvery)
        p.drawText(QRectF(0, plot.top() + r * ch, plot.left() - 6, ch), Qt::AlignRight | Qt::AlignVCenter, rows_[r]);
    // Column axis: a handful of ticks at the data's positions.
    const int ticks = std::min(nc, 7);
    for (int k = 0; k < ticks; ++k) {
        const int c = ticks == 1 ? 0 : int(std::lround(double(k) * (nc - 1) / (ticks - 1)));
        const double x = plot.left() + (c + 0.5) * cw;
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        p.drawText(QRectF(x - 40, plot.bottom() + 5, 80, fm.height()), Qt::AlignHCenter,
                   QString::number(columns_[c], 'g', 3));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 8, plot.width(), fm.height()), Qt::AlignHCenter,
               columnTitle_);
    // Colour bar.
    const QRectF bar(plot.right() + 16, plot.top(), 14, plot.height());
    for (int i = 0; i < int(bar.height()); ++i) {
        const double t = 1.0 - double(i) / bar.height();
        const double v = log_ ? std::exp(std::log(lo_) + t * (std::log(hi_) - std::log(lo_))) : lo_ + t * (hi_ - lo_);
        p.fillRect(QRectF(bar.left(), bar.top() + i, bar.width(), 1.5), colourFor(v));
    }
    p.drawRect(bar);
    p.drawText(QRectF(bar.right() + 3, bar.top() - fm.height() / 2, 80, fm.height()), Qt::AlignLeft,
               QString::number(hi_, 'g', 3));
    p.drawText(QRectF(bar.right() + 3, bar.bottom() - fm.height() / 2, 80, fm.height()), Qt::AlignLeft,
               QString::number(lo_, 'g', 3));
    p.save();
    p.translate(bar.right() + 22 + fm.height(), bar.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-bar.height() / 2, -fm.height(), bar.height(), fm.height()), Qt::AlignCenter,
               valueTitle_ + (log_ ? tr(" (log)") : QString()));
    p.restore();
}

QString HeatmapView::cellText(int row, int column) const
{
    if (row < 0 || row >= int(values_.size()) || column < 0 || column >= int(columns_.size()))
        return {};
    return tr("%1, %2 = %3: %4")
        .arg(row < rows_.size() ? rows_[row] : QString::number(row), columnTitle_)
        .arg(columns_[column], 0, 'g', 4)
        .arg(values_[row][column], 0, 'g', 6);
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event)
{
    const QRectF plot = plotRect();
    const QPointF pos = event->position();
    if (!plot.contains(pos) || values_.empty() || columns_.empty()) {
        QToolTip::hideText();
        return;
    }
    const int c = int((pos.x() - plot.left()) / plot.width() * columns_.size());
    const int r = int((pos.y() - plot.top()) / plot.height() * values_.size());
    QToolTip::showText(event->globalPosition().toPoint(), cellText(r, c), this);
    if (r < int(values_.size()) && c < int(values_[r].size()))
        Q_EMIT cellHovered(r, c, values_[r][c]);
}

LatexFigure HeatmapView::latexFigure() const
{
    LatexAxis a;
    a.title = title_;
    a.xLabel = columnTitle_;
    a.yTickLabels = rows_;
    a.reverseY = true;
    LatexMatrix m;
    m.xs = columns_;
    for (std::size_t r = 0; r < values_.size(); ++r) {
        m.ys.push_back(double(r));
        std::vector<double> row;
        for (double v : values_[r])
            row.push_back(log_ ? (v > 0 ? std::log10(v) : NAN) : v);
        m.values.push_back(std::move(row));
    }
    m.low = log_ ? std::log10(lo_) : lo_;
    m.high = log_ ? std::log10(hi_) : hi_;
    m.diverging = diverging_ && !log_;
    m.colourBarTitle = valueTitle_ + (log_ ? tr(" (log10)") : QString());
    a.matrix = std::move(m);
    LatexFigure f;
    f.axes.push_back(std::move(a));
    return f;
}

bool HeatmapView::writeCsv(const QString& path, QString* error) const
{
    return CsvWriter::writeFile(
        path,
        [&](QTextStream& out) {
            out << "row";
            for (double c : columns_)
                out << ',' << CsvWriter::formatNumber(c);
            out << '\n';
            for (std::size_t r = 0; r < values_.size(); ++r) {
                out << CsvWriter::quoteField(int(r) < rows_.size() ? rows_[int(r)] : QString::number(r));
                for (double v : values_[r])
                    out << ',' << CsvWriter::formatNumber(v);
                out << '\n';
            }
        },
        error);
}

} // namespace ts::widgets
