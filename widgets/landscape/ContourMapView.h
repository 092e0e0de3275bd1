#pragma once
// The loss landscape as a 2-D contour map: filled bands between the levels plus iso-lines at
// them (marching squares), a colour bar, and the training trajectory with step-coloured
// markers and the current checkpoint marked. Levels are in the values shown (log10 of them
// on a log scale); without user levels there are ten, evenly spaced. A click shows the
// nearest grid point's coordinates and value (mean ± std on a surface over K batches), or
// picks a checkpoint. With options().showStd, dashed iso-lines of the std map lie over the
// mean's colours (docs/landscapes.md "Uncertainty"). Exports as a figure
// through FigureExporter (any widget) and the grid as CSV.
#include "core/landscape/Surface.h"
#include "widgets/export/CsvExportable.h"
#include "widgets/export/LatexExportable.h"
#include "widgets/landscape/LandscapeScene.h"

#include <QWidget>

namespace ts::widgets {

class ContourMapView : public QWidget, public ts::widgets::CsvExportable, public LatexExportable {
    Q_OBJECT
public:
    explicit ContourMapView(QWidget* parent = nullptr);

    void setSurface(const LandscapeSurface& surface);
    void setOptions(const SceneOptions& options);
    void setLevels(const std::vector<double>& levels); // empty: automatic
    // The levels drawn now (user or automatic).
    std::vector<double> levels() const;
    const SceneOptions& options() const { return options_; }
    // The value range the colours span (scaled values; a shared range when the scale fixes one).
    double rangeLow() const { return lo_; }
    double rangeHigh() const { return hi_; }

    // Widget position of surface coordinates, and the nearest grid point to a position.
    QPointF positionOf(double x, double y) const;
    GridPick pickAt(const QPointF& position);
    QString pickedText() const { return picked_; }
    // Whether the dashed iso-lines of the std map are drawn (options().showStd and a std map
    // of the metric), and their levels.
    bool showsStd() const;
    std::vector<double> stdLevels() const;
    // The metric, its scale and, over K batches, what the colours and dashed lines show.
    QString title() const;

    bool writeCsv(const QString& path, QString* error) const override;
    // The colour field (a matrix plot of the values shown), the iso-lines as broken lines and
    // the trajectory with its checkpoints.
    LatexFigure latexFigure() const override;
    QSize sizeHint() const override { return {700, 560}; }

Q_SIGNALS:
    void pointPicked(double x, double y, double value);
    void checkpointPicked(qint64 step);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    QImage bands(const QSize& pixels, double lo, double hi) const;
    void refresh();

    LandscapeSurface surface_;
    SceneOptions options_;
    std::vector<double> userLevels_;
    std::vector<double> scaled_;
    double lo_ = 0, hi_ = 1;
    bool hasData_ = false;
    QString picked_;
};

} // namespace ts::widgets
