#include "widgets/landscape/VtkOpenGLWidget.h"

#include <QCoreApplication>
#include <QSurfaceFormat>

#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QWheelEvent>

#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>

namespace ts::widgets {

void prepareOpenGLForVtk()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QSurfaceFormat format;
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    QSurfaceFormat::setDefaultFormat(format);
}

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent) : QOpenGLWidget(parent)
{
    window_ = vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New();
    // VTK draws into its own framebuffer; paintGL does the blit (into Qt's FBO, never FBO 0).
    window_->SetFrameBlitModeToNoBlit();
    window_->SetReadyForRendering(false);
    for (unsigned long e : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
                            vtkCommand::WindowFrameEvent})
        observers_.push_back(window_->AddObserver(e, this, &VtkOpenGLWidget::onWindowEvent));

    interactor_ = vtkSmartPointer<vtkGenericRenderWindowInteractor>::New();
    interactor_->SetRenderWindow(window_);
    interactor_->EnableRenderOff(); // renders come from paintGL, requested through update()
    auto style = vtkSmartPointer<vtkInteractorStyleTrackballCamera>::New();
    interactor_->SetInteractorStyle(style);
    interactor_->Initialize();

    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
}

VtkOpenGLWidget::~VtkOpenGLWidget()
{
    // QOpenGLWidget's destructor destroys the context after this one has run: no callback then.
    disconnect(contextConnection_);
    makeCurrent();
    finalize();
    doneCurrent();
    for (unsigned long id : observers_)
        window_->RemoveObserver(id);
}

void VtkOpenGLWidget::onWindowEvent(vtkObject*, unsigned long event, void* callData)
{
    switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
        if (context() && QOpenGLContext::currentContext() != context())
            makeCurrent();
        break;
    case vtkCommand::WindowIsCurrentEvent:
        *static_cast<bool*>(callData) = context() && QOpenGLContext::currentContext() == context();
        break;
    case vtkCommand::WindowFrameEvent:
        // A render not started by paintGL (a pick, the interactor): show it.
        if (!inPaint_)
            update();
        break;
    default: break;
    }
}

void VtkOpenGLWidget::initializeGL()
{
    // A widget that is re-parented gets a new context: release VTK's resources in the old one.
    disconnect(contextConnection_);
    contextConnection_ = connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] {
        makeCurrent();
        finalize();
        doneCurrent();
    });
    window_->SetOwnContext(false);
    window_->SetReadyForRendering(true);
    window_->SetForceMaximumHardwareLineWidth(1);
    window_->OpenGLInitContext();
    window_->SetMapped(true);
    initialized_ = true;
    renderPending_ = true;
}

void VtkOpenGLWidget::finalize()
{
    if (!initialized_)
        return;
    window_->Finalize(); // releases VTK's GL objects while Qt's context is current
    window_->SetReadyForRendering(false);
    initialized_ = false;
}

void VtkOpenGLWidget::resizeGL(int w, int h)
{
    const QSize device = QSize(w, h) * devicePixelRatioF();
    interactor_->UpdateSize(device.width(), device.height()); // also resizes the window
    window_->SetSize(device.width(), device.height());
    renderPending_ = true;
}

void VtkOpenGLWidget::renderLater()
{
    renderPending_ = true;
    update();
}

void VtkOpenGLWidget::paintGL()
{
    if (!initialized_)
        return;
    inPaint_ = true;
    if (renderPending_) {
        // Qt's painting changes GL state behind VTK's cache: start from what VTK expects.
        vtkOpenGLState* state = window_->GetState();
        state->Reset();
        state->Push();
        state->vtkglDepthFunc(GL_LEQUAL);
        window_->Render();
        state->Pop();
        renderPending_ = false;
    }
    inPaint_ = false;
    // Rendering may have changed the current context (e.g. a progress update elsewhere).
    makeCurrent();
    QOpenGLExtraFunctions* f = context()->extraFunctions();
    const QSize device = size() * devicePixelRatioF();
    f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    const GLenum buffer = GL_COLOR_ATTACHMENT0;
    f->glDrawBuffers(1, &buffer);
    const GLboolean scissor = f->glIsEnabled(GL_SCISSOR_TEST);
    if (scissor)
        f->glDisable(GL_SCISSOR_TEST);
    const int* rendered = window_->GetRenderFramebuffer()->GetLastSize();
    window_->BlitDisplayFramebuffer(0, 0, 0, rendered[0], rendered[1], 0, 0, device.width(), device.height(),
                                    GL_COLOR_BUFFER_BIT, GL_LINEAR);
    if (scissor)
        f->glEnable(GL_SCISSOR_TEST);
    f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
}

QPoint VtkOpenGLWidget::toVtk(const QPointF& logical) const
{
    const double r = devicePixelRatioF();
    return QPoint(int(logical.x() * r), int((height() - logical.y()) * r) - 1);
}

void VtkOpenGLWidget::mousePressEvent(QMouseEvent* event)
{
    const QPoint p = toVtk(event->position());
    interactor_->SetEventInformation(p.x(), p.y(), event->modifiers() & Qt::ControlModifier,
                                     event->modifiers() & Qt::ShiftModifier, 0, event->type() == QEvent::MouseButtonDblClick);
    switch (event->button()) {
    case Qt::LeftButton: interactor_->LeftButtonPressEvent(); break;
    case Qt::MiddleButton: interactor_->MiddleButtonPressEvent(); break;
    case Qt::RightButton: interactor_->RightButtonPressEvent(); break;
    default: break;
    }
    renderLater();
}

void VtkOpenGLWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint p = toVtk(event->position());
    interactor_->SetEventInformation(p.x(), p.y(), event->modifiers() & Qt::ControlModifier,
                                     event->modifiers() & Qt::ShiftModifier);
    interactor_->MouseMoveEvent();
    if (event->buttons() != Qt::NoButton)
        renderLater();
}

void VtkOpenGLWidget::mouseReleaseEvent(QMouseEvent* event)
{
    const QPoint p = toVtk(event->position());
    interactor_->SetEventInformation(p.x(), p.y(), event->modifiers() & Qt::ControlModifier,
                                     event->modifiers() & Qt::ShiftModifier);
    switch (event->button()) {
    case Qt::LeftButton: interactor_->LeftButtonReleaseEvent(); break;
    case Qt::MiddleButton: interactor_->MiddleButtonReleaseEvent(); break;
    case Qt::RightButton: interactor_->RightButtonReleaseEvent(); break;
    default: break;
    }
    renderLater();
}

void VtkOpenGLWidget::wheelEvent(QWheelEvent* event)
{
    const QPoint p = toVtk(event->position());
    interactor_->SetEventInformation(p.x(), p.y(), event->modifiers() & Qt::ControlModifier,
                                     event->modifiers() & Qt::ShiftModifier);
    if (event->angleDelta().y() > 0)
        interactor_->MouseWheelForwardEvent();
    else if (event->angleDelta().y() < 0)
        interactor_->MouseWheelBackwardEvent();
    event->accept();
    renderLater();
}

} // namespace ts::widgets
