#include "widgets/charts/ChartGrid.h"

#include <QResizeEvent>

#include <algorithm>

namespace ts::widgets {

ChartGrid::ChartGrid(QSize minimumCell, int maxColumns, QWidget* parent)
    : QWidget(parent), cell_(minimumCell), maxColumns_(std::max(1, maxColumns))
{
}

void ChartGrid::addChart(QWidget* chart)
{
    chart->setParent(this);
    chart->show(); // with the grid
    charts_.push_back(chart);
    updateGeometry();
    place();
}

void ChartGrid::setMinimumCell(QSize cell)
{
    cell_ = cell;
    updateGeometry();
    place();
}

int ChartGrid::columnsFor(int width) const
{
    const int fit = (width + kSpacing) / std::max(1, cell_.width() + kSpacing);
    return std::clamp(fit, 1, std::max(1, std::min<int>(maxColumns_, int(charts_.size()))));
}

int ChartGrid::rowsFor(int width) const
{
    const int columns = columnsFor(width);
    return std::max(1, (int(charts_.size()) + columns - 1) / columns);
}

int ChartGrid::heightForWidth(int width) const
{
    const int rows = rowsFor(width);
    return rows * cell_.height() + (rows - 1) * kSpacing;
}

QSize ChartGrid::minimumSizeHint() const { return {cell_.width(), heightForWidth(std::max(width(), cell_.width()))}; }

QSize ChartGrid::sizeHint() const
{
    const int w = maxColumns_ * cell_.width() + (maxColumns_ - 1) * kSpacing;
    return {w, heightForWidth(w)};
}

void ChartGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    place();
}

void ChartGrid::place()
{
    // Not height-for-width: a scroll area would size its content to the preferred height of
    // everything in it, not to the minimum.
    const int needed = heightForWidth(std::max(width(), cell_.width()));
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
    if (charts_.empty())
        return;
    const int columns = columnsFor(width()), rows = rowsFor(width());
    const double w = double(width() - (columns - 1) * kSpacing) / columns;
    const double h = double(std::max(height(), heightForWidth(width())) - (rows - 1) * kSpacing) / rows;
    for (std::size_t i = 0; i < charts_.size(); ++i) {
        const int r = int(i) / columns, c = int(i) % columns;
        const int x0 = int(c * (w + kSpacing)), y0 = int(r * (h + kSpacing));
        const int x1 = int(c * (w + kSpacing) + w), y1 = int(r * (h + kSpacing) + h);
        charts_[i]->setGeometry(x0, y0, x1 - x0, y1 - y0);
    }
}

} // namespace ts::widgets
