#include "widgets/landscape/LandscapeScene.h"

#include "widgets/landscape/AxisTitles.h"
#include "widgets/landscape/ColourMap.h"
#include "widgets/landscape/SurfaceExport.h"

#include <QCoreApplication>

#include <vtkActor.h>
#include <vtkAutoInit.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkCellPicker.h>
#include <vtkCoordinate.h>
#include <vtkCubeAxesActor.h>
#include <vtkDoubleArray.h>
#include <vtkGlyph3DMapper.h>
#include <vtkLookupTable.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataNormals.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkSphereSource.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <cmath>

// Every VTK rendering in TrainScope goes through a LandscapeScene, so this object file is always
// linked: register the OpenGL render window, text rendering and interaction styles here.
VTK_MODULE_INIT(vtkRenderingOpenGL2);
VTK_MODULE_INIT(vtkRenderingFreeType);
VTK_MODULE_INIT(vtkInteractionStyle);

namespace ts::widgets {

struct LandscapeScene::Actors {
    vtkSmartPointer<vtkRenderer> renderer = vtkSmartPointer<vtkRenderer>::New();
    vtkSmartPointer<vtkActor> surface = vtkSmartPointer<vtkActor>::New();
    vtkSmartPointer<vtkScalarBarActor> bar = vtkSmartPointer<vtkScalarBarActor>::New();
    vtkSmartPointer<vtkCubeAxesActor> axes = vtkSmartPointer<vtkCubeAxesActor>::New();
    vtkSmartPointer<vtkActor> path = vtkSmartPointer<vtkActor>::New();
    vtkSmartPointer<vtkActor> markers = vtkSmartPointer<vtkActor>::New();
    vtkSmartPointer<vtkActor> current = vtkSmartPointer<vtkActor>::New();
    vtkSmartPointer<vtkLookupTable> colours = vtkSmartPointer<vtkLookupTable>::New();
    vtkSmartPointer<vtkLookupTable> steps = vtkSmartPointer<vtkLookupTable>::New();
};

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double span(const std::vector<double>& v) { return v.size() < 2 ? 1.0 : std::abs(v.back() - v.front()); }
} // namespace

LandscapeScene::LandscapeScene() : a_(new Actors)
{
    a_->renderer->SetBackground(1, 1, 1);
    a_->renderer->SetBackground2(0.86, 0.89, 0.94);
    a_->renderer->GradientBackgroundOn();
    a_->colours->SetNumberOfTableValues(256);
    for (int i = 0; i < 256; ++i) {
        const QColor c = viridis(i / 255.0);
        a_->colours->SetTableValue(i, c.redF(), c.greenF(), c.blueF(), 1.0);
    }
    a_->colours->SetNanColor(0.6, 0.6, 0.6, 1.0);
    // Steps from early (blue) to late (red): apart from viridis on the surface.
    a_->steps->SetHueRange(0.66, 0.0);
    a_->steps->SetSaturationRange(0.9, 0.9);
    a_->steps->Build();
    a_->bar->SetLookupTable(a_->colours);
    a_->bar->SetNumberOfLabels(5);
    a_->bar->SetMaximumWidthInPixels(90);
    a_->bar->SetPosition(0.88, 0.1);
    a_->bar->SetWidth(0.1);
    a_->bar->SetHeight(0.8);
    a_->bar->SetVerticalTitleSeparation(12); // keeps the title clear of the top label
    for (vtkTextProperty* t : {a_->bar->GetTitleTextProperty(), a_->bar->GetLabelTextProperty()}) {
        t->SetColor(0.1, 0.1, 0.1);
        t->ShadowOff();
        t->ItalicOff();
    }
    a_->surface->GetProperty()->SetAmbient(0.2);
    a_->surface->GetProperty()->SetDiffuse(0.85);
    a_->surface->GetProperty()->SetSpecular(0.25);
    a_->surface->GetProperty()->SetSpecularPower(30);
    a_->surface->GetProperty()->SetEdgeColor(0.15, 0.15, 0.15);
    a_->path->GetProperty()->SetColor(0.05, 0.05, 0.05);
    a_->path->GetProperty()->SetLineWidth(2.5);
    a_->current->GetProperty()->SetColor(0.9, 0.05, 0.1);
    for (vtkActor* actor : {a_->surface.Get(), a_->path.Get(), a_->markers.Get(), a_->current.Get()})
        a_->renderer->AddActor(actor);
    a_->renderer->AddActor2D(a_->bar);
    // Axes along the box's outer edges, labelled in the surface's own units (the height axis
    // in the metric's, not in the exaggerated world z).
    a_->axes->SetCamera(a_->renderer->GetActiveCamera());
    a_->axes->SetFlyModeToOuterEdges();
    a_->axes->SetXTitle("direction 1");
    a_->axes->SetYTitle("direction 2");
    a_->axes->SetXLabelFormat("%.3g");
    a_->axes->SetYLabelFormat("%.3g");
    a_->axes->SetZLabelFormat("%.3g");
    a_->axes->SetScreenSize(11);
    a_->axes->SetLabelOffset(12);
    a_->axes->SetTitleOffset(16);
    for (int i = 0; i < 3; ++i) {
        a_->axes->GetTitleTextProperty(i)->SetColor(0.15, 0.15, 0.15);
        a_->axes->GetLabelTextProperty(i)->SetColor(0.15, 0.15, 0.15);
        a_->axes->GetXAxesLinesProperty()->SetColor(0.3, 0.3, 0.3);
        a_->axes->GetYAxesLinesProperty()->SetColor(0.3, 0.3, 0.3);
        a_->axes->GetZAxesLinesProperty()->SetColor(0.3, 0.3, 0.3);
    }
    a_->renderer->AddActor(a_->axes);
}

LandscapeScene::~LandscapeScene() { delete a_; }

void LandscapeScene::setTextScale(double scale)
{
    textScale_ = scale > 0 ? scale : 1;
    const double k = textScale_;
    a_->axes->SetScreenSize(11 * k);
    a_->axes->SetLabelOffset(12 * k);
    a_->axes->SetTitleOffset(16 * k);
    a_->bar->SetMaximumWidthInPixels(int(90 * k));
    a_->bar->SetVerticalTitleSeparation(int(12 * k));
    // The bar fits its text to its width by default; scaled, the text keeps its point size.
    a_->bar->SetUnconstrainedFontSize(k > 1);
    a_->bar->GetTitleTextProperty()->SetFontSize(int(12 * k));
    a_->bar->GetLabelTextProperty()->SetFontSize(int(11 * k));
    a_->path->GetProperty()->SetLineWidth(float(2.5 * k / 1.5));
}

vtkRenderer* LandscapeScene::renderer() const { return a_->renderer; }

void LandscapeScene::update(const LandscapeSurface& surface, const SceneOptions& options)
{
    surface_ = surface;
    options_ = options;
    a_->axes->SetXTitle(surfaceAxisTitle(surface.directions, 0, true).toUtf8().constData());
    a_->axes->SetYTitle(surfaceAxisTitle(surface.directions, 1, true).toUtf8().constData());
    scaled_ = options.scale.grid(surface, options.metric);
    double lo = 0, hi = 1;
    empty_ = !finiteRange(scaled_, lo, hi);
    if (empty_)
        lo = 0, hi = 1;
    else
        options.scale.fixRange(lo, hi);
    if (hi - lo < 1e-12 * std::max(1.0, std::abs(hi)))
        hi = lo + 1; // a flat surface
    zLow_ = lo;
    zScale_ = 0.6 * std::max(span(surface.xs), surface.is2d() ? span(surface.ys) : 0.0) / (hi - lo);

    vtkSmartPointer<vtkPolyData> poly = SurfaceExport::polyData(surface, options.metric, options.scale);
    vtkPoints* pts = poly->GetPoints();
    for (vtkIdType i = 0; i < pts->GetNumberOfPoints(); ++i) {
        double p[3];
        pts->GetPoint(i, p);
        pts->SetPoint(i, p[0], p[1], worldZ(p[2]));
    }
    // Smooth shading: normals averaged over the cells around each point.
    auto normals = vtkSmartPointer<vtkPolyDataNormals>::New();
    normals->SetInputData(poly);
    normals->SplittingOff();
    normals->ConsistencyOn();
    normals->AutoOrientNormalsOff();
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputConnection(normals->GetOutputPort());
    mapper->SetLookupTable(a_->colours);
    mapper->SetScalarRange(lo, hi);
    mapper->SetScalarModeToUsePointFieldData();
    mapper->SelectColorArray("zvalue");
    mapper->ScalarVisibilityOn();
    mapper->SetInterpolateScalarsBeforeMapping(true);
    a_->surface->SetMapper(mapper);
    a_->surface->GetProperty()->SetEdgeVisibility(options.wireframe);
    a_->surface->GetProperty()->SetLineWidth(surface.is2d() ? 1.0f : 3.0f);
    a_->surface->SetVisibility(!empty_);
    const std::string title = options.metric + (options.scale.log ? " (log10)" : "");
    a_->bar->SetTitle(title.c_str());
    a_->bar->SetVisibility(!empty_);

    const double x0 = surface.xs.empty() ? 0 : surface.xs.front(), x1 = surface.xs.empty() ? 1 : surface.xs.back();
    const double y0 = surface.is2d() ? surface.ys.front() : 0, y1 = surface.is2d() ? surface.ys.back() : 0;
    a_->axes->SetBounds(x0, x1, y0, y1, worldZ(lo), worldZ(hi));
    a_->axes->SetXAxisRange(x0, x1);
    a_->axes->SetYAxisRange(y0, y1);
    a_->axes->SetZAxisRange(lo, hi);
    a_->axes->SetZTitle(title.c_str());
    a_->axes->SetYAxisVisibility(surface.is2d());
    a_->axes->SetVisibility(!empty_ && !surface.xs.empty());
    buildTrajectory(surface, options);
}

void LandscapeScene::buildTrajectory(const LandscapeSurface& surface, const SceneOptions& options)
{
    const double lift = 0.01 * std::max(span(surface.xs), surface.is2d() ? span(surface.ys) : 0.0);
    auto points = vtkSmartPointer<vtkPoints>::New();
    auto stepValues = vtkSmartPointer<vtkDoubleArray>::New();
    stepValues->SetName("step");
    auto line = vtkSmartPointer<vtkCellArray>::New();
    std::vector<vtkIdType> ids;
    trajectoryZ_.assign(surface.trajectory.size(), kNaN);
    auto current = vtkSmartPointer<vtkPoints>::New();
    for (size_t k = 0; k < surface.trajectory.size(); ++k) {
        const TrajectoryPoint& t = surface.trajectory[k];
        const double h = trajectoryHeight(surface, options.metric, options.scale, t);
        if (!std::isfinite(h) || empty_ || double(t.step) > options.trajectoryUpTo)
            continue;
        trajectoryZ_[k] = worldZ(h) + lift;
        const double y = surface.is2d() ? t.y : 0.0;
        ids.push_back(points->InsertNextPoint(t.x, y, trajectoryZ_[k]));
        stepValues->InsertNextValue(double(t.step));
        if (t.step == options.currentStep)
            current->InsertNextPoint(t.x, y, trajectoryZ_[k]);
    }
    if (ids.size() >= 2)
        line->InsertNextCell(vtkIdType(ids.size()), ids.data());
    auto pathData = vtkSmartPointer<vtkPolyData>::New();
    pathData->SetPoints(points);
    pathData->SetLines(line);
    auto pathMapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    pathMapper->SetInputData(pathData);
    pathMapper->ScalarVisibilityOff();
    a_->path->SetMapper(pathMapper);

    const double radius = 0.012 * std::max(span(surface.xs), surface.is2d() ? span(surface.ys) : 0.0);
    auto sphere = vtkSmartPointer<vtkSphereSource>::New();
    sphere->SetRadius(radius);
    sphere->SetThetaResolution(16);
    sphere->SetPhiResolution(12);
    auto markerData = vtkSmartPointer<vtkPolyData>::New();
    markerData->SetPoints(points);
    markerData->GetPointData()->SetScalars(stepValues);
    auto markerMapper = vtkSmartPointer<vtkGlyph3DMapper>::New();
    markerMapper->SetInputData(markerData);
    markerMapper->SetSourceConnection(sphere->GetOutputPort());
    markerMapper->ScalingOff();
    markerMapper->SetLookupTable(a_->steps);
    double r[2] = {0, 1};
    stepValues->GetRange(r);
    if (!surface.trajectory.empty()) { // the whole run's colours, also while a replay hides its end
        r[0] = std::min(r[0], double(surface.trajectory.front().step));
        r[1] = std::max(r[1], double(surface.trajectory.back().step));
    }
    markerMapper->SetScalarRange(r[0], r[1] > r[0] ? r[1] : r[0] + 1);
    a_->markers->SetMapper(markerMapper);

    auto big = vtkSmartPointer<vtkSphereSource>::New();
    big->SetRadius(radius * 2.2);
    big->SetThetaResolution(24);
    big->SetPhiResolution(16);
    auto currentData = vtkSmartPointer<vtkPolyData>::New();
    currentData->SetPoints(current);
    auto currentMapper = vtkSmartPointer<vtkGlyph3DMapper>::New();
    currentMapper->SetInputData(currentData);
    currentMapper->SetSourceConnection(big->GetOutputPort());
    currentMapper->ScalingOff();
    currentMapper->ScalarVisibilityOff();
    a_->current->SetMapper(currentMapper);

    const bool show = options.trajectory && !ids.empty();
    a_->path->SetVisibility(show && ids.size() >= 2);
    a_->markers->SetVisibility(show);
    a_->current->SetVisibility(show && current->GetNumberOfPoints() > 0);
}

void LandscapeScene::resetCamera()
{
    vtkCamera* camera = a_->renderer->GetActiveCamera();
    camera->SetFocalPoint(0, 0, 0);
    camera->SetPosition(1.0, -1.6, 1.6); // from the front right, above
    camera->SetViewUp(0, 0, 1);
    // Fit the surface, not the trajectory: a path that leaves the grid would shrink it to a speck.
    double bounds[6];
    a_->surface->GetBounds(bounds);
    if (a_->surface->GetMapper() && bounds[0] <= bounds[1])
        a_->renderer->ResetCamera(bounds);
    else
        a_->renderer->ResetCamera();
    camera->Dolly(0.8); // room for the axes' labels and other window shapes
    a_->renderer->ResetCameraClippingRange();
}

bool LandscapeScene::toDisplay(double x, double y, double z, double& dx, double& dy) const
{
    vtkRenderer* r = a_->renderer;
    r->SetWorldPoint(x, y, z, 1.0);
    r->WorldToDisplay();
    double d[3];
    r->GetDisplayPoint(d);
    dx = d[0];
    dy = d[1];
    return std::isfinite(dx) && std::isfinite(dy);
}

bool LandscapeScene::gridPointDisplay(int64_t ix, int64_t iy, double& dx, double& dy) const
{
    if (ix < 0 || iy < 0 || ix >= surface_.nx() || iy >= surface_.ny())
        return false;
    const double z = scaled_[size_t(iy * surface_.nx() + ix)];
    if (!std::isfinite(z))
        return false;
    return toDisplay(surface_.xs[size_t(ix)], surface_.is2d() ? surface_.ys[size_t(iy)] : 0.0, worldZ(z), dx, dy);
}

bool LandscapeScene::trajectoryPointDisplay(int index, double& dx, double& dy) const
{
    if (index < 0 || size_t(index) >= trajectoryZ_.size() || !std::isfinite(trajectoryZ_[size_t(index)]) ||
        !options_.trajectory)
        return false;
    const TrajectoryPoint& t = surface_.trajectory[size_t(index)];
    return toDisplay(t.x, surface_.is2d() ? t.y : 0.0, trajectoryZ_[size_t(index)], dx, dy);
}

GridPick LandscapeScene::pickGrid(double displayX, double displayY) const
{
    GridPick pick;
    if (empty_ || surface_.xs.empty())
        return pick;
    auto picker = vtkSmartPointer<vtkCellPicker>::New();
    picker->SetTolerance(0.002);
    picker->PickFromListOn();
    picker->AddPickList(a_->surface);
    if (!picker->Pick(displayX, displayY, 0, a_->renderer))
        return pick;
    double p[3];
    picker->GetPickPosition(p);
    const auto nearest = [](const std::vector<double>& v, double x) {
        const auto it =
            std::min_element(v.begin(), v.end(), [x](double a, double b) { return std::abs(a - x) < std::abs(b - x); });
        return int64_t(it - v.begin());
    };
    pick.hit = true;
    pick.ix = nearest(surface_.xs, p[0]);
    pick.iy = surface_.is2d() ? nearest(surface_.ys, p[1]) : 0;
    pick.x = surface_.xs[size_t(pick.ix)];
    pick.y = surface_.is2d() ? surface_.ys[size_t(pick.iy)] : 0.0;
    pick.value = surface_.value(options_.metric, pick.ix, pick.iy);
    return pick;
}

int LandscapeScene::pickTrajectory(double displayX, double displayY, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int k = 0; k < int(trajectoryZ_.size()); ++k) {
        double dx = 0, dy = 0;
        if (!trajectoryPointDisplay(k, dx, dy))
            continue;
        const double d = std::hypot(dx - displayX, dy - displayY);
        if (d <= bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return best;
}

} // namespace ts::widgets
