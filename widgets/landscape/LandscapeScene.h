#pragma once
// The 3-D landscape as VTK actors in one renderer: the lit surface (z = scaled value, drawn
// with a z exaggeration so that it is about 0.6 of the grid's width tall), coloured with a
// scalar bar, an optional wireframe, the trajectory as a polyline with step-coloured markers
// and the current checkpoint marked. Used by Surface3DView on screen and by the offscreen
// screenshot/headless renderer, so both draw the same scene.
#include "core/landscape/Surface.h"
#include "widgets/landscape/SurfaceScale.h"

#include <vtkSmartPointer.h>

#include <limits>
#include <string>

class vtkActor;
class vtkCamera;
class vtkRenderer;
class vtkScalarBarActor;

namespace ts::widgets {

struct SceneOptions {
    std::string metric = "train_loss";
    SurfaceScale scale;
    bool wireframe = false;
    bool trajectory = true;
    int64_t currentStep = -1; // the checkpoint marked (-1: none)
    double trajectoryUpTo = std::numeric_limits<double>::infinity(); // replay: later checkpoints not drawn yet
    // Surfaces over K batches: the contour map adds dashed iso-lines of the metric's std map.
    bool showStd = false;
};

struct GridPick {
    bool hit = false;
    int64_t ix = -1, iy = -1; // nearest grid point
    double x = 0, y = 0;      // its coordinates
    double value = 0;         // the metric there, unscaled (NaN when not computed)
};

class LandscapeScene {
public:
    LandscapeScene();
    ~LandscapeScene();
    LandscapeScene(const LandscapeScene&) = delete;
    LandscapeScene& operator=(const LandscapeScene&) = delete;

    vtkRenderer* renderer() const;
    // Rebuilds the actors; the camera stays where it is (progressive refills).
    void update(const LandscapeSurface& surface, const SceneOptions& options);
    void resetCamera();
    bool empty() const { return empty_; }

    // Picks in display pixels (VTK's origin: bottom left). The renderer's window must be sized.
    GridPick pickGrid(double displayX, double displayY) const;
    // The trajectory point within tolerance pixels of the display position, or -1.
    int pickTrajectory(double displayX, double displayY, double tolerance) const;
    // Where a grid point / trajectory point appears in display pixels; false if not drawn.
    bool gridPointDisplay(int64_t ix, int64_t iy, double& dx, double& dy) const;
    bool trajectoryPointDisplay(int index, double& dx, double& dy) const;

    // Text and line sizes × scale (presenter mode); 1 is the normal size.
    void setTextScale(double scale);
    double textScale() const { return textScale_; }

    // World height of a scaled value (after the z exaggeration).
    double worldZ(double scaled) const { return (scaled - zLow_) * zScale_; }

private:
    bool toDisplay(double x, double y, double z, double& dx, double& dy) const;
    void buildTrajectory(const LandscapeSurface& surface, const SceneOptions& options);

    struct Actors;
    Actors* a_;
    LandscapeSurface surface_;
    SceneOptions options_;
    std::vector<double> scaled_;          // the metric's grid after the scale
    std::vector<double> trajectoryZ_;     // world z per trajectory point (NaN: not drawn)
    double zLow_ = 0, zScale_ = 1;
    double textScale_ = 1;
    bool empty_ = true;
};

} // namespace ts::widgets
