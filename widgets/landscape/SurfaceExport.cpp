#include "widgets/landscape/SurfaceExport.h"

#include "widgets/export/CsvWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkDoubleArray.h>
#include <vtkFieldData.h>
#include <vtkOBJWriter.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkSTLWriter.h>
#include <vtkSmartPointer.h>
#include <vtkStringArray.h>
#include <vtkStructuredGrid.h>
#include <vtkTriangleFilter.h>
#include <vtkXMLPolyDataWriter.h>
#include <vtkXMLStructuredGridWriter.h>

#include <cmath>

namespace ts::widgets {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("SurfaceExport", text); }

vtkSmartPointer<vtkDoubleArray> namedArray(const char* name, vtkIdType n)
{
    auto a = vtkSmartPointer<vtkDoubleArray>::New();
    a->SetName(name);
    a->SetNumberOfTuples(n);
    return a;
}

// The surface's provenance as string field data, so ParaView shows where it came from.
void addProvenance(vtkFieldData* fd, const LandscapeSurface& s)
{
    const std::pair<const char*, std::string> items[] = {
        {"run", s.run}, {"directions", s.directions}, {"split", s.split}, {"created", s.created},
        {"source", s.source}, {"checkpoint", std::to_string(s.checkpointStep)}};
    for (const auto& [name, value] : items) {
        auto a = vtkSmartPointer<vtkStringArray>::New();
        a->SetName(name);
        a->InsertNextValue(value);
        fd->AddArray(a);
    }
}

double coordY(const LandscapeSurface& s, int64_t iy) { return s.is2d() ? s.ys[size_t(iy)] : 0.0; }
} // namespace

std::optional<SurfaceFormat> SurfaceExport::formatForPath(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == "vtp")
        return SurfaceFormat::Vtp;
    if (s == "vts")
        return SurfaceFormat::Vts;
    if (s == "obj")
        return SurfaceFormat::Obj;
    if (s == "stl")
        return SurfaceFormat::Stl;
    if (s == "csv")
        return SurfaceFormat::Csv;
    return std::nullopt;
}

vtkSmartPointer<vtkPolyData> SurfaceExport::polyData(const LandscapeSurface& s, const std::string& metric,
                                                     const SurfaceScale& scale)
{
    const std::vector<double> z = scale.grid(s, metric);
    const int64_t nx = s.nx(), ny = s.ny();
    std::vector<vtkIdType> id(z.size(), -1); // grid index → point id (computed points only)
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->SetDataTypeToDouble();
    for (int64_t iy = 0; iy < ny; ++iy)
        for (int64_t ix = 0; ix < nx; ++ix) {
            const size_t i = size_t(iy * nx + ix);
            if (std::isfinite(z[i]))
                id[i] = points->InsertNextPoint(s.xs[size_t(ix)], coordY(s, iy), z[i]);
        }
    auto zvalue = namedArray("zvalue", points->GetNumberOfPoints());
    std::vector<vtkSmartPointer<vtkDoubleArray>> raw;
    for (const auto& [name, values] : s.values)
        raw.push_back(namedArray(name.c_str(), points->GetNumberOfPoints()));
    for (size_t i = 0; i < z.size(); ++i) {
        if (id[i] < 0)
            continue;
        zvalue->SetValue(id[i], z[i]);
        size_t k = 0;
        for (const auto& [name, values] : s.values)
            raw[k++]->SetValue(id[i], i < values.size() ? values[i] : NAN);
    }

    auto poly = vtkSmartPointer<vtkPolyData>::New();
    poly->SetPoints(points);
    auto cells = vtkSmartPointer<vtkCellArray>::New();
    auto averaged = namedArray("averaged zvalue", 0);
    if (s.is2d()) {
        for (int64_t iy = 0; iy + 1 < ny; ++iy)
            for (int64_t ix = 0; ix + 1 < nx; ++ix) {
                const size_t c[4] = {size_t(iy * nx + ix), size_t(iy * nx + ix + 1), size_t((iy + 1) * nx + ix + 1),
                                     size_t((iy + 1) * nx + ix)};
                if (id[c[0]] < 0 || id[c[1]] < 0 || id[c[2]] < 0 || id[c[3]] < 0)
                    continue;
                const vtkIdType quad[4] = {id[c[0]], id[c[1]], id[c[2]], id[c[3]]};
                cells->InsertNextCell(4, quad);
                averaged->InsertNextValue((z[c[0]] + z[c[1]] + z[c[2]] + z[c[3]]) / 4);
            }
        poly->SetPolys(cells);
        poly->GetCellData()->AddArray(averaged);
    } else {
        for (int64_t ix = 0; ix + 1 < nx; ++ix)
            if (id[size_t(ix)] >= 0 && id[size_t(ix + 1)] >= 0) {
                const vtkIdType line[2] = {id[size_t(ix)], id[size_t(ix + 1)]};
                cells->InsertNextCell(2, line);
            }
        poly->SetLines(cells);
    }
    poly->GetPointData()->SetScalars(zvalue);
    for (auto& a : raw)
        poly->GetPointData()->AddArray(a);
    addProvenance(poly->GetFieldData(), s);
    return poly;
}

vtkSmartPointer<vtkStructuredGrid> SurfaceExport::structuredGrid(const LandscapeSurface& s, const std::string& metric,
                                                                 const SurfaceScale& scale)
{
    const std::vector<double> z = scale.grid(s, metric);
    const int64_t nx = s.nx(), ny = s.ny();
    auto grid = vtkSmartPointer<vtkStructuredGrid>::New();
    grid->SetDimensions(int(nx), int(ny), 1);
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->SetDataTypeToDouble();
    points->SetNumberOfPoints(nx * ny);
    auto zvalue = namedArray("zvalue", nx * ny);
    for (int64_t iy = 0; iy < ny; ++iy)
        for (int64_t ix = 0; ix < nx; ++ix) {
            const vtkIdType i = iy * nx + ix;
            const double h = z[size_t(i)];
            points->SetPoint(i, s.xs[size_t(ix)], coordY(s, iy), std::isfinite(h) ? h : 0.0);
            zvalue->SetValue(i, h);
        }
    grid->SetPoints(points);
    grid->GetPointData()->SetScalars(zvalue);
    for (const auto& [name, values] : s.values) {
        auto a = namedArray(name.c_str(), nx * ny);
        for (vtkIdType i = 0; i < nx * ny; ++i)
            a->SetValue(i, size_t(i) < values.size() ? values[size_t(i)] : NAN);
        grid->GetPointData()->AddArray(a);
    }
    for (vtkIdType i = 0; i < nx * ny; ++i)
        if (!std::isfinite(z[size_t(i)]))
            grid->BlankPoint(i);
    addProvenance(grid->GetFieldData(), s);
    return grid;
}

QString SurfaceExport::writeCsv(const LandscapeSurface& s, const QString& path)
{
    QString error;
    CsvWriter::writeFile(path, [&](QTextStream& out) {
        out << (s.is2d() ? "x,y" : "x");
        for (const auto& [name, values] : s.values)
            out << ',' << CsvWriter::quoteField(QString::fromStdString(name));
        out << '\n';
        for (int64_t iy = 0; iy < s.ny(); ++iy)
            for (int64_t ix = 0; ix < s.nx(); ++ix) {
                out << CsvWriter::formatNumber(s.xs[size_t(ix)]);
                if (s.is2d())
                    out << ',' << CsvWriter::formatNumber(s.ys[size_t(iy)]);
                for (const auto& [name, values] : s.values)
                    out << ',' << CsvWriter::formatNumber(s.value(name, ix, iy));
                out << '\n';
            }
    }, &error);
    return error;
}

QString SurfaceExport::write(const LandscapeSurface& s, const std::string& metric, const SurfaceScale& scale,
                             const QString& path)
{
    const auto format = formatForPath(path);
    if (!format)
        return tr("%1: unknown surface format (use .vtp, .vts, .obj, .stl or .csv)").arg(path);
    if (*format == SurfaceFormat::Csv)
        return writeCsv(s, path);
    if (!s.values.count(metric))
        return tr("the surface has no metric '%1'").arg(QString::fromStdString(metric));
    const QByteArray file = QFile::encodeName(path);
    int ok = 0;
    switch (*format) {
    case SurfaceFormat::Vtp: {
        auto w = vtkSmartPointer<vtkXMLPolyDataWriter>::New();
        w->SetInputData(polyData(s, metric, scale));
        w->SetFileName(file.constData());
        ok = w->Write();
        break;
    }
    case SurfaceFormat::Vts: {
        auto w = vtkSmartPointer<vtkXMLStructuredGridWriter>::New();
        w->SetInputData(structuredGrid(s, metric, scale));
        w->SetFileName(file.constData());
        ok = w->Write();
        break;
    }
    case SurfaceFormat::Obj: {
        auto w = vtkSmartPointer<vtkOBJWriter>::New();
        w->SetInputData(polyData(s, metric, scale));
        w->SetFileName(file.constData());
        ok = w->Write();
        break;
    }
    case SurfaceFormat::Stl: {
        if (!s.is2d())
            return tr("%1: STL holds triangles; a 1-D slice has none (export .vtp or .csv)").arg(path);
        auto triangles = vtkSmartPointer<vtkTriangleFilter>::New();
        triangles->SetInputData(polyData(s, metric, scale));
        auto w = vtkSmartPointer<vtkSTLWriter>::New();
        w->SetInputConnection(triangles->GetOutputPort());
        w->SetFileTypeToBinary();
        w->SetFileName(file.constData());
        ok = w->Write();
        break;
    }
    case SurfaceFormat::Csv: break;
    }
    if (!ok || !QFileInfo(path).exists())
        return tr("%1: VTK could not write the file").arg(path);
    return {};
}

} // namespace ts::widgets
