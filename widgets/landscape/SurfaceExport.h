#pragma once
// Writes a loss-landscape surface for other tools: VTK XML polydata (.vtp, laid out like
// loss-landscape's h52vtp: points (x, y, z = value), point array "zvalue", cell array
// "averaged zvalue"), a VTK structured grid (.vts), Wavefront OBJ and STL meshes, and the grid
// as CSV. Heights use the given scale (log / z-clip), as h52vtp's --log/--zmax do; every metric
// is also written unscaled as a point array of its own name (.vtp, .vts).
//
// Points not computed yet are left out of the meshes (.vtp, OBJ, STL) and blanked in the
// structured grid; a cell is drawn only when its four corners are computed.
#include "core/landscape/Surface.h"
#include "widgets/landscape/SurfaceScale.h"

#include <QString>

#include <optional>

class vtkPolyData;
class vtkStructuredGrid;
template <class T> class vtkSmartPointer;

namespace ts::widgets {

enum class SurfaceFormat { Vtp, Vts, Obj, Stl, Csv };

class SurfaceExport {
public:
    static std::optional<SurfaceFormat> formatForPath(const QString& path);
    // Writes the metric in the format the path's suffix names. Returns "" or the error.
    static QString write(const LandscapeSurface& surface, const std::string& metric, const SurfaceScale& scale,
                         const QString& path);

    static vtkSmartPointer<vtkPolyData> polyData(const LandscapeSurface& surface, const std::string& metric,
                                                 const SurfaceScale& scale);
    static vtkSmartPointer<vtkStructuredGrid> structuredGrid(const LandscapeSurface& surface,
                                                             const std::string& metric, const SurfaceScale& scale);
    // One row per grid point: x[, y], then every metric unscaled.
    static QString writeCsv(const LandscapeSurface& surface, const QString& path);
};

} // namespace ts::widgets
