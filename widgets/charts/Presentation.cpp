#include "widgets/charts/Presentation.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPen>

namespace ts::widgets {

namespace {
// The chart's own text style, saved when a presentation first applies and put back when it
// ends: a chart theme does not restore fonts when set to the theme it already has.
constexpr const char* kNormalText = "tsNormalText";

QFont sized(QFont font, double points)
{
    font.setPointSizeF(points);
    return font;
}

void save(QChart* chart)
{
    if (chart->property(kNormalText).isValid())
        return;
    QVariantList v{chart->titleFont(), chart->titleBrush(), chart->legend()->font(), chart->legend()->labelColor()};
    const auto axes = chart->axes();
    if (!axes.isEmpty())
        v << axes.front()->labelsFont() << axes.front()->titleFont() << axes.front()->labelsColor()
          << axes.front()->titleBrush() << axes.front()->linePen();
    chart->setProperty(kNormalText, v);
}

void restore(QChart* chart)
{
    const QVariantList v = chart->property(kNormalText).toList();
    if (v.size() < 4)
        return;
    chart->setTitleFont(v[0].value<QFont>());
    chart->setTitleBrush(v[1].value<QBrush>());
    chart->legend()->setFont(v[2].value<QFont>());
    chart->legend()->setLabelColor(v[3].value<QColor>());
    if (v.size() == 9)
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsFont(v[4].value<QFont>());
            axis->setTitleFont(v[5].value<QFont>());
            axis->setLabelsColor(v[6].value<QColor>());
            axis->setTitleBrush(v[7].value<QBrush>());
            axis->setLinePen(v[8].value<QPen>());
        }
    chart->setProperty(kNormalText, QVariant());
}
} // namespace

void applyChartText(QChart* chart, const Presentation& p)
{
    if (!chart)
        return;
    if (!p.active()) {
        restore(chart);
        return;
    }
    save(chart);
    QFont title = sized(chart->titleFont(), p.titlePoints());
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitleBrush(Qt::black);
    chart->legend()->setFont(sized(chart->legend()->font(), p.textPoints));
    chart->legend()->setLabelColor(Qt::black);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(sized(axis->labelsFont(), p.textPoints));
        axis->setTitleFont(sized(axis->titleFont(), p.titlePoints()));
        axis->setLabelsColor(Qt::black);
        axis->setTitleBrush(Qt::black);
        QPen line = axis->linePen();
        line.setColor(Qt::black);
        axis->setLinePen(line);
    }
}

} // namespace ts::widgets
