#pragma once
// The loss landscape in 3-D (VTK, embedded through VtkOpenGLWidget): see LandscapeScene for
// what is drawn. A click (press and release without dragging) picks: a trajectory marker
// emits checkpointPicked(step); a point of the surface emits pointPicked with the nearest
// grid point's coordinates and value.
#include "widgets/charts/Presentation.h"
#include "widgets/landscape/LandscapeScene.h"
#include "widgets/landscape/VtkOpenGLWidget.h"

#include <QImage>

namespace ts::widgets {

class Surface3DView : public VtkOpenGLWidget, public Presentable {
    Q_OBJECT
public:
    explicit Surface3DView(QWidget* parent = nullptr);
    // Whether this platform gives QOpenGLWidgets a context (Qt's offscreen platform without a
    // display does not, and showing one there crashes inside Qt). Needs a QGuiApplication.
    static bool isSupported();

    // A new surface: the camera is reset.
    void setSurface(const LandscapeSurface& surface);
    // More points of the same surface (progressive computation): the camera stays.
    void updateSurface(const LandscapeSurface& surface);
    const LandscapeSurface& surface() const { return surface_; }
    void setOptions(const SceneOptions& options);
    const SceneOptions& options() const { return options_; }
    void resetCamera();
    // Presenter mode: the axes' and colour bar's text at the presentation's point size.
    void setPresentation(const Presentation& presentation) override;
    double textScale() const { return scene_.textScale(); }

    // Picks at a widget position (logical pixels); emits the signals as a click does.
    GridPick pickAt(const QPoint& position);
    // Where a grid point / trajectory point is drawn, in widget coordinates (nullopt-like:
    // QPoint(-1, -1) when it is not drawn).
    QPoint gridPointPosition(int64_t ix, int64_t iy) const;
    QPoint trajectoryPointPosition(int index) const;

    // The scene as the camera sees it now, rendered offscreen at any size. Returns a null
    // image and sets error when it cannot (no X display for VTK).
    QImage screenshot(const QSize& size, QString* error = nullptr) const;
    // PNG at a chosen resolution. Returns "" or the error.
    QString savePng(const QString& path, const QSize& size) const;
    QSize sizeHint() const override { return {800, 600}; }

Q_SIGNALS:
    void pointPicked(double x, double y, double value);
    void checkpointPicked(qint64 step);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void rebuild();
    QPoint fromDisplay(double dx, double dy) const;

    LandscapeScene scene_;
    LandscapeSurface surface_;
    SceneOptions options_;
    QPoint pressPosition_;
};

} // namespace ts::widgets
