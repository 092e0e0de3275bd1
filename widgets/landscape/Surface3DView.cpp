#include "widgets/landscape/Surface3DView.h"

#include "widgets/landscape/OffscreenLandscape.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QOpenGLContext>

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkRenderer.h>

namespace ts::widgets {

Surface3DView::Surface3DView(QWidget* parent) : VtkOpenGLWidget(parent)
{
    renderWindow()->AddRenderer(scene_.renderer());
    scene_.resetCamera();
}

bool Surface3DView::isSupported()
{
    static const bool supported = [] {
        if (!QGuiApplication::instance() || QGuiApplication::platformName() == "offscreen" ||
            QGuiApplication::platformName() == "minimal")
            return false; // QOpenGLWidget does not composite there
        QOpenGLContext context; // the default format: 3.2 core, as the views need
        return context.create() && context.format().majorVersion() >= 3;
    }();
    return supported;
}

void Surface3DView::setSurface(const LandscapeSurface& surface)
{
    surface_ = surface;
    rebuild();
    resetCamera();
}

void Surface3DView::updateSurface(const LandscapeSurface& surface)
{
    const bool wasEmpty = scene_.empty();
    surface_ = surface;
    rebuild();
    if (wasEmpty) // the first points of a progressive surface: frame them
        resetCamera();
}

void Surface3DView::setOptions(const SceneOptions& options)
{
    options_ = options;
    rebuild();
}

void Surface3DView::setPresentation(const Presentation& presentation)
{
    // VTK sizes its text in pixels; 11 px is its normal label size at 96 dpi.
    scene_.setTextScale(presentation.active() ? presentation.textPoints * 96.0 / 72.0 / 11.0 : 1.0);
    rebuild();
}

void Surface3DView::rebuild()
{
    scene_.update(surface_, options_);
    scene_.renderer()->ResetCameraClippingRange();
    renderLater();
}

void Surface3DView::resetCamera()
{
    scene_.resetCamera();
    renderLater();
}

QPoint Surface3DView::fromDisplay(double dx, double dy) const
{
    const double r = devicePixelRatioF();
    return QPoint(int(dx / r), int(height() - (dy + 1) / r));
}

QPoint Surface3DView::gridPointPosition(int64_t ix, int64_t iy) const
{
    double dx = 0, dy = 0;
    return scene_.gridPointDisplay(ix, iy, dx, dy) ? fromDisplay(dx, dy) : QPoint(-1, -1);
}

QPoint Surface3DView::trajectoryPointPosition(int index) const
{
    double dx = 0, dy = 0;
    return scene_.trajectoryPointDisplay(index, dx, dy) ? fromDisplay(dx, dy) : QPoint(-1, -1);
}

GridPick Surface3DView::pickAt(const QPoint& position)
{
    const QPoint p = toVtk(position);
    const int marker = scene_.pickTrajectory(p.x(), p.y(), 6.0 * devicePixelRatioF());
    if (marker >= 0)
        Q_EMIT checkpointPicked(surface_.trajectory[size_t(marker)].step);
    const GridPick pick = scene_.pickGrid(p.x(), p.y());
    if (pick.hit && marker < 0)
        Q_EMIT pointPicked(pick.x, pick.y, pick.value);
    return pick;
}

void Surface3DView::mousePressEvent(QMouseEvent* event)
{
    pressPosition_ = event->position().toPoint();
    VtkOpenGLWidget::mousePressEvent(event);
}

void Surface3DView::mouseReleaseEvent(QMouseEvent* event)
{
    VtkOpenGLWidget::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && (event->position().toPoint() - pressPosition_).manhattanLength() <= 3)
        pickAt(event->position().toPoint());
}

QImage Surface3DView::screenshot(const QSize& size, QString* error) const
{
    return renderLandscapeImage(surface_, options_, size, scene_.renderer()->GetActiveCamera(), error);
}

QString Surface3DView::savePng(const QString& path, const QSize& size) const
{
    QString error;
    const QImage image = screenshot(size, &error);
    if (image.isNull())
        return error;
    if (!image.save(path, "PNG"))
        return tr("%1: cannot write the PNG file").arg(path);
    return {};
}

} // namespace ts::widgets
