#pragma once
// Small multiples that reflow: as many columns of charts as the width allows with each chart
// at least its legible minimum size (up to maxColumns), more rows otherwise. On each resize
// the grid's minimum height becomes what its rows need at that width, so a scroll area
// around it scrolls instead of squeezing the charts below a size whose text fits. Charts are
// placed directly (no layout pass to wait for).
#include <QSize>
#include <QWidget>

#include <vector>

namespace ts::widgets {

class ChartGrid : public QWidget {
    Q_OBJECT
public:
    explicit ChartGrid(QSize minimumCell, int maxColumns, QWidget* parent = nullptr);

    void addChart(QWidget* chart);
    void setMinimumCell(QSize cell);
    // Columns for a width: what fits at the minimum cell width, 1..maxColumns.
    int columnsFor(int width) const;
    int columns() const { return columnsFor(width()); }

    // The rows' legible height at a width.
    int heightForWidth(int width) const override;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int rowsFor(int width) const;
    void place();

    QSize cell_;
    int maxColumns_;
    std::vector<QWidget*> charts_;
    static constexpr int kSpacing = 6;
};

} // namespace ts::widgets
