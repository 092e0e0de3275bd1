#include "widgets/landscape/OffscreenLandscape.h"

#include <QCoreApplication>

#include <vtkCamera.h>
#include <vtkImageData.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkUnsignedCharArray.h>
#include <vtkPointData.h>
#include <vtkWindowToImageFilter.h>

#include <cstdlib>
#include <cstring>

namespace ts::widgets {

QImage renderLandscapeImage(const LandscapeSurface& surface, const SceneOptions& options, const QSize& size,
                            vtkCamera* camera, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QImage();
    };
    if (size.width() < 16 || size.height() < 16 || size.width() > 16384 || size.height() > 16384)
        return fail(QCoreApplication::translate("Landscape", "image size %1x%2 is out of range (16 to 16384 pixels a side)")
                        .arg(size.width()).arg(size.height()));
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display)
        return fail(QCoreApplication::translate(
            "Landscape", "3-D rendering needs an X display (VTK draws through GLX); run under xvfb-run"));
    LandscapeScene scene;
    scene.update(surface, options);
    auto window = vtkSmartPointer<vtkRenderWindow>::New();
    window->SetOffScreenRendering(1);
    window->SetMultiSamples(4);
    window->SetSize(size.width(), size.height());
    window->AddRenderer(scene.renderer());
    if (camera)
        scene.renderer()->GetActiveCamera()->DeepCopy(camera);
    else
        scene.resetCamera();
    scene.renderer()->ResetCameraClippingRange();
    window->Render();

    auto grab = vtkSmartPointer<vtkWindowToImageFilter>::New();
    grab->SetInput(window);
    grab->SetInputBufferTypeToRGB();
    grab->ReadFrontBufferOff();
    grab->Update();
    vtkImageData* pixels = grab->GetOutput();
    int dims[3];
    pixels->GetDimensions(dims);
    auto* data = vtkUnsignedCharArray::SafeDownCast(pixels->GetPointData()->GetScalars());
    if (!data || dims[0] != size.width() || dims[1] != size.height())
        return fail(QCoreApplication::translate("Landscape", "VTK could not read the rendered image back"));
    QImage image(size, QImage::Format_RGB888);
    // VTK's rows run bottom to top.
    for (int y = 0; y < dims[1]; ++y)
        std::memcpy(image.scanLine(dims[1] - 1 - y), data->GetPointer(vtkIdType(y) * dims[0] * 3), size_t(dims[0]) * 3);
    window->Finalize();
    return image;
}

} // namespace ts::widgets
