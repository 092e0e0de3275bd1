#pragma once
// A QOpenGLWidget that VTK renders into, without VTK's GUISupportQt (Debian builds that for
// Qt 5). It follows the logic of VTK's QVTKOpenGLNativeWidget / QVTKRenderWindowAdapter: a
// vtkGenericOpenGLRenderWindow that owns no context and asks this widget (through its
// make-current / is-current / frame events) for Qt's; VTK renders into its own framebuffer,
// which paintGL blits into the widget's defaultFramebufferObject(). Mouse and wheel events
// drive a trackball camera (left: rotate, middle or shift+left: pan, right or wheel: zoom).
//
// Needs Qt::AA_ShareOpenGLContexts and a 3.2 core default QSurfaceFormat set before the
// QApplication exists: prepareOpenGLForVtk() below.
#include <QOpenGLWidget>

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkSmartPointer.h>

namespace ts::widgets {

// Shared OpenGL contexts and a 3.2 core default surface format (with depth and stencil), as
// VTK's OpenGL2 backend needs: call before the QApplication is created (the app's main and
// the VTK view tests do).
void prepareOpenGLForVtk();

class VtkOpenGLWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VtkOpenGLWidget(QWidget* parent = nullptr);
    ~VtkOpenGLWidget() override;

    vtkGenericOpenGLRenderWindow* renderWindow() const { return window_; }
    vtkGenericRenderWindowInteractor* interactor() const { return interactor_; }
    // Schedules a VTK render on the next paint.
    void renderLater();

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    // Device pixels with VTK's origin (bottom left).
    QPoint toVtk(const QPointF& logical) const;

private:
    void onWindowEvent(vtkObject* caller, unsigned long event, void* callData);
    void finalize();

    vtkSmartPointer<vtkGenericOpenGLRenderWindow> window_;
    vtkSmartPointer<vtkGenericRenderWindowInteractor> interactor_;
    std::vector<unsigned long> observers_;
    QMetaObject::Connection contextConnection_;
    bool initialized_ = false;
    bool renderPending_ = true;
    bool inPaint_ = false;
};

} // namespace ts::widgets
