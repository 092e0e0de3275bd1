#pragma once
// A labelled heatmap (rows × columns of values) with a colour bar, e.g. layer × α of the
// loss. Hovering shows the cell's row, column and value; it exports through FigureExporter
// (any widget) and as CSV.
#include "widgets/export/CsvExportable.h"
#include "widgets/export/LatexExportable.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QFontMetrics;

namespace ts::widgets {

class HeatmapView : public QWidget, public CsvExportable, public LatexExportable {
    Q_OBJECT
public:
    explicit HeatmapView(QWidget* parent = nullptr);

    // values[row][column]; columns are positions on a numeric axis (e.g. α).
    void setData(const QStringList& rowLabels, const std::vector<double>& columns,
                 const std::vector<std::vector<double>>& values);
    void setTitles(const QString& title, const QString& columnTitle, const QString& valueTitle);
    void setLogScale(bool on);
    bool logScale() const { return log_; }
    // Signed values (e.g. influence): a range symmetric about zero on a blue–white–red map,
    // so zero is white and the sign reads at a glance.
    void setDiverging(bool on);
    bool diverging() const { return diverging_; }
    QColor colourFor(double v) const; // the colour a value is drawn in
    // Outlines one cell (e.g. the test example itself); -1 marks none.
    void setMarkedCell(int row, int column);
    QString cellText(int row, int column) const;
    bool writeCsv(const QString& path, QString* error) const override;
    // A matrix plot: rows labelled top to bottom, the colours' values (log10 on a log scale).
    LatexFigure latexFigure() const override;
    QSize sizeHint() const override { return {800, 500}; }

Q_SIGNALS:
    void cellHovered(int row, int column, double value);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    int barLabelWidth(const QFontMetrics& fm) const; // the colour bar's end labels
    double mapped(double v) const;

    QStringList rows_;
    std::vector<double> columns_;
    std::vector<std::vector<double>> values_;
    QString title_, columnTitle_, valueTitle_;
    double lo_ = 0, hi_ = 1;
    bool log_ = false;
    bool diverging_ = false;
    int markedRow_ = -1, markedColumn_ = -1;
};

} // namespace ts::widgets
