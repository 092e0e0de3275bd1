#pragma once
// The loss-landscape views side by side — the 3-D surface, the contour map and the 1-D
// slice — with their controls: metric, log scale, z-clip, wireframe, contour levels, reset
// camera and an export menu. Picking a checkpoint in any view marks it in all of them and
// emits checkpointSelected.
#include "core/landscape/Surface.h"
#include "widgets/landscape/LandscapeScene.h"
#include "widgets/replay/StepCursorTarget.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

namespace ts::widgets {

class ContourMapView;
class SliceChartView;
class Surface3DView;

class LandscapePanel : public QWidget, public StepCursorTarget {
    Q_OBJECT
public:
    explicit LandscapePanel(QWidget* parent = nullptr);

    // A new surface: controls and camera reset to it.
    void setSurface(const LandscapeSurface& surface);
    // More points of the surface shown (progressive refills): options and camera stay.
    void updateSurface(const LandscapeSurface& surface);
    const LandscapeSurface& surface() const { return surface_; }

    void setMetric(const QString& metric);
    void setLogScale(bool on);
    void setZClip(double clip); // NaN: none
    void setWireframe(bool on);
    // Dashed iso-lines of the std map on the contour map (surfaces over K batches only).
    void setShowStd(bool on);
    QCheckBox* stdCheckBox() const { return std_; }
    // Contour levels as typed by a user ("0.5, 1, 2"); "" for automatic. False if unreadable.
    bool setLevelsText(const QString& text);
    void setCurrentStep(int64_t step);
    // Replay: the trajectory up to the step, the last checkpoint reached marked (contour map,
    // slice and 3-D view); +inf shows the whole trajectory and the checkpoint marked before.
    void setReplayStep(double step) override;
    // Colours and heights over [lo, hi] in the metric's units instead of the surface's own
    // range (NaN, NaN: its own), so that panels side by side share one scale.
    void setValueRange(double lo, double hi);
    const SceneOptions& options() const { return options_; }

    // nullptr where OpenGL is not available (see Surface3DView::isSupported).
    Surface3DView* surfaceView() const { return view3d_; }
    ContourMapView* contourView() const { return contour_; }
    SliceChartView* sliceView() const { return slice_; }

    // Exports (the menu's actions, without dialogs). Return "" or the error.
    QString exportScreenshot(const QString& path, const QSize& size) const; // 3-D view, PNG
    QString exportFigure(QWidget* view, const QString& path, const QSize& size, double dpi) const; // PNG/SVG/PDF
    QString exportSurface(const QString& path) const; // .vtp .vts .obj .stl .csv

Q_SIGNALS:
    void checkpointSelected(qint64 step);
    // The metric, log scale or z-clip changed (from the controls or a setter).
    void optionsChanged();

private:
    void applyOptions();
    void enableStd();
    void showPick(double x, double y, double value);
    void selectCheckpoint(qint64 step);
    void exportWithDialog(int what);

    LandscapeSurface surface_;
    SceneOptions options_;
    int64_t stepBeforeReplay_ = -1;
    Surface3DView* view3d_ = nullptr;
    ContourMapView* contour_ = nullptr;
    SliceChartView* slice_ = nullptr;
    QComboBox* metric_ = nullptr;
    QCheckBox* log_ = nullptr;
    QCheckBox* clipOn_ = nullptr;
    QDoubleSpinBox* clip_ = nullptr;
    QCheckBox* wireframe_ = nullptr;
    QCheckBox* std_ = nullptr;
    QLineEdit* levels_ = nullptr;
    QLabel* info_ = nullptr;
};

} // namespace ts::widgets
