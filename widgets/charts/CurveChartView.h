#pragma once
// Training curves (one per run x metric) on Qt Charts. The full-resolution data stays here;
// Qt Charts only ever receives a per-pixel-column min/max decimation of the visible range, so
// million-point curves stay interactive. Zoom, pan, crosshair and legend toggling are built in.
#include <QChartView>
#include <QColor>
#include <QMargins>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "widgets/charts/Decimator.h"
#include "widgets/charts/PlotTable.h"
#include "widgets/charts/Presentation.h"
#include "widgets/replay/StepCursorTarget.h"

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QLineSeries;
class QRubberBand;
class QTimer;
QT_END_NAMESPACE

namespace ts::widgets {

class CrosshairItem;

class CurveChartView : public QChartView, public Presentable, public StepCursorTarget {
    Q_OBJECT
public:
    struct Curve {
        QString id;
        QString label;
        QColor color;
        std::vector<double> x; // sorted ascending (steps)
        std::vector<double> y;
        // A group of runs drawn as one line: the band [lower, upper] around y, as long as x
        // (empty: no band), shaded in the curve's colour or, with errorBars, drawn as a
        // vertical bar at each point (sweeps). count: the runs behind each point (empty: one),
        // shown as n in the crosshair.
        std::vector<double> lower{};
        std::vector<double> upper{};
        std::vector<int> count{};
        bool errorBars = false;
    };
    enum class Theme { Light, Dark };
    using Range = std::pair<double, double>;

    explicit CurveChartView(QWidget* parent = nullptr);
    ~CurveChartView() override;

    void setCurves(const QVector<Curve>& curves);
    // Live growth: appends to a known curve; the redraw is throttled.
    void appendPoints(const QString& id, const std::vector<double>& x,
                      const std::vector<double>& y);
    void clear();

    void setLogX(bool on);
    void setLogY(bool on);
    bool isLogX() const { return logX_; }
    bool isLogY() const { return logY_; }
    void setSmoothing(double weight); // 0 = off
    double smoothing() const { return smoothing_; }
    void setIgnoreOutliers(bool on);
    bool ignoresOutliers() const { return ignoreOutliers_; }
    void setFixedYRange(std::optional<Range> range);
    void setTheme(Theme theme);
    Theme theme() const { return theme_; }
    void setAxisTitles(const QString& x, const QString& y);
    // Small multiples: tight margins, and no legend for a single curve (the title names it).
    void setCompact(bool on);
    // Presenter mode: larger text (kept through theme and axis changes) and wider curves.
    void setPresentation(const Presentation& presentation) override;
    const Presentation& presentation() const { return presentation_; }
    // About how many logical pixels apart the ticks of a linear axis are (110 along x, 60 along
    // y): a small panel of a paper figure wants them closer.
    void setTickSpacing(double xPixels, double yPixels);

    void setCurveVisible(const QString& id, bool visible);
    bool isCurveVisible(const QString& id) const;

    // Zoom: the visible x-range (and optionally y-range) in data units.
    void zoomTo(Range x, std::optional<Range> y = std::nullopt);
    void resetZoom();
    Range xRange() const;
    Range yRange() const;

    QAbstractAxis* axisX() const { return axisX_; }
    QAbstractAxis* axisY() const { return axisY_; }
    QStringList curveIds() const;
    QStringList visibleCurveIds() const;
    // What Qt Charts draws for a curve (decimated; smoothed when smoothing is on) and its
    // faint raw companion (empty when smoothing is off).
    QList<QPointF> plottedPoints(const QString& id) const;
    QList<QPointF> plottedRawPoints(const QString& id) const;
    std::vector<double> smoothedValues(const QString& id) const; // empty when smoothing is off
    QLineSeries* series(const QString& id) const;
    // Full-resolution points of the visible curves within the visible x-range.
    PlotTable plottedTable() const;

    // Replay: when x is training steps, setReplayStep draws every curve only up to the step
    // (ending exactly there, interpolated), so a marker curve at one step appears once crossed;
    // the axes keep the whole run's range so that the picture does not jump. Charts whose x is
    // something else (α, frequency) ignore it.
    void setStepAxis(bool on) { stepAxis_ = on; }
    bool isStepAxis() const { return stepAxis_; }
    void setReplayStep(double step) override;
    double replayStep() const { return replayStep_; }

    // Exports render the chart at another size: decimate for that many device pixels per
    // logical pixel and hide the crosshair until endExport().
    void beginExport(double deviceScale);
    void endExport();

Q_SIGNALS:
    void cursorMoved(double x, double y);
    void curveVisibilityChanged(const QString& id, bool visible);
    void rangeChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct State;
    State* find(const QString& id) const;
    void rebuildAxes();
    void applyStyle(State& s);
    void applyVisibility(State& s);
    void recomputeSmoothing(State& s);
    void scheduleRefresh(int delayMs);
    void refresh();
    void clearSeries(State& s);
    void refreshBand(State& s, const Decimator::Options& options, Range xRange);
    void flushPending() const;
    int columnsFor(const QRectF& plotArea) const;
    void pan(const QPointF& deltaPixels);
    void zoomAround(const QPointF& chartPoint, double factor, bool zoomX, bool zoomY);
    Range dataXRange() const;
    Range autoYRange(Range x) const;
    // Pixel <-> value along one axis of the plot area (log-aware).
    double toValue(double t, Range r, bool log) const;
    double toFraction(double v, Range r, bool log) const;
    QPointF chartPos(const QPointF& viewportPos) const;
    QPointF valueAt(const QPointF& chartPoint) const;
    void updateCrosshair(const QPointF& chartPoint);
    void hideCrosshair();

    std::vector<std::unique_ptr<State>> curves_;
    QAbstractAxis* axisX_ = nullptr;
    QAbstractAxis* axisY_ = nullptr;
    QString titleX_;
    QString titleY_;
    bool logX_ = false;
    double tickSpacingX_ = 110, tickSpacingY_ = 60;
    bool logY_ = false;
    double smoothing_ = 0.0;
    bool ignoreOutliers_ = false;
    bool stepAxis_ = false;
    double replayStep_ = kEverything;
    std::optional<Range> fixedY_;
    std::optional<Range> viewX_; // user zoom; unset = follow the data
    std::optional<Range> viewY_;
    Theme theme_ = Theme::Light;
    Presentation presentation_;
    bool compact_ = false;
    QMargins normalMargins_;
    double exportScale_ = 0.0; // > 0 while exporting
    bool dirty_ = false;
    bool inRefresh_ = false;
    int lastColumns_ = 0;

    QTimer* refreshTimer_ = nullptr;
    QRubberBand* rubberBand_ = nullptr;
    QPoint dragOrigin_;
    QPointF panLast_;
    enum class Drag { None, Zoom, Pan } drag_ = Drag::None;
    CrosshairItem* crosshair_ = nullptr;
};

} // namespace ts::widgets
