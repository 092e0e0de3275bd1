#include "core/landscape/SurfaceFile.h"

#include "core/Error.h"
#include "core/landscape/H5Arrays.h"

#include <hdf5.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <unistd.h>

namespace ts {

namespace {
constexpr const char* kFormat = "trainscope-landscape";
constexpr int64_t kFormatVersion = 1;
constexpr const char* kStdSuffix = "_std";

bool isAccuracy(const std::string& name) { return name.size() > 4 && name.compare(name.size() - 4, 4, "_acc") == 0; }
bool isLoss(const std::string& name) { return name.size() > 5 && name.compare(name.size() - 5, 5, "_loss") == 0; }

void writeFile(const std::string& tmp, const std::string& path, const LandscapeSurface& s)
{
    using namespace h5;
    Handle f = own(H5Fcreate(tmp.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), Kind::File, path, "cannot be created");
    const Id root = f.get();
    writeStringAttribute(root, "format", kFormat, path, "/");
    writeInt64Attribute(root, "format_version", kFormatVersion, path, "/");
    writeStringAttribute(root, "creator", "trainscope", path, "/");
    writeStringAttribute(root, "run", s.run, path, "/");
    writeInt64Attribute(root, "checkpoint_step", s.checkpointStep, path, "/");
    writeStringAttribute(root, "directions", s.directions, path, "/");
    writeStringAttribute(root, "split", s.split, path, "/");
    writeStringAttribute(root, "statistics", s.statistics, path, "/");
    writeStringAttribute(root, "created", s.created, path, "/");
    writeStringAttribute(root, "source", s.source.empty() ? "trainscope" : s.source, path, "/");
    writeDoubles(root, "xcoordinates", s.xs, {s.nx()}, path);
    if (s.is2d())
        writeDoubles(root, "ycoordinates", s.ys, {s.ny()}, path);
    const std::vector<int64_t> shape = s.is2d() ? std::vector<int64_t>{s.nx(), s.ny()} : std::vector<int64_t>{s.nx()};
    for (const auto& [name, values] : s.values) {
        if (int64_t(values.size()) != s.nx() * s.ny())
            throw FileError(path, "metric '" + name + "' has " + std::to_string(values.size()) + " values for a " +
                                      std::to_string(s.nx()) + "×" + std::to_string(s.ny()) + " grid");
        std::vector<double> v = values;
        if (isAccuracy(name))
            for (double& x : v)
                x *= 100.0; // loss-landscape's unit
        writeDoubles(root, name, v, shape, path);
        Handle ds = own(H5Dopen2(root, name.c_str(), H5P_DEFAULT), Kind::Dataset, path, "cannot open " + name);
        writeStringAttribute(ds.get(), "units", isAccuracy(name) ? "percent" : "value", path, "/" + name);
    }
    // The spread over K batches: "<metric>_std" beside each metric. Names that end in neither
    // _loss nor _acc, so older readers (ours and loss-landscape's) pass them by.
    if (s.batches >= 2)
        writeInt64Attribute(root, "batches", s.batches, path, "/");
    for (const auto& [name, values] : s.stds) {
        if (int64_t(values.size()) != s.nx() * s.ny())
            throw FileError(path, "the std map of '" + name + "' does not match the grid");
        std::vector<double> v = values;
        if (isAccuracy(name))
            for (double& x : v)
                x *= 100.0;
        const std::string dataset = name + kStdSuffix;
        writeDoubles(root, dataset, v, shape, path);
        Handle ds = own(H5Dopen2(root, dataset.c_str(), H5P_DEFAULT), Kind::Dataset, path, "cannot open " + dataset);
        writeStringAttribute(ds.get(), "units", isAccuracy(name) ? "percent" : "value", path, "/" + dataset);
        writeStringAttribute(ds.get(), "estimator", "sample standard deviation (n - 1) over the batches", path,
                             "/" + dataset);
        writeInt64Attribute(ds.get(), "batches", s.batches, path, "/" + dataset);
    }
    if (!s.explainedVariance.empty())
        writeDoubles(root, "explained_variance", s.explainedVariance, {int64_t(s.explainedVariance.size())}, path);
    if (!s.trajectory.empty()) {
        Handle g = own(H5Gcreate2(root, "trajectory", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), Kind::Group, path,
                       "cannot create /trajectory");
        std::vector<int64_t> steps;
        std::vector<double> x, y, residual, loss;
        for (const auto& p : s.trajectory) {
            steps.push_back(p.step);
            x.push_back(p.x);
            y.push_back(p.y);
            residual.push_back(p.residual);
            loss.push_back(p.loss);
        }
        writeInt64s(g.get(), "step", steps, path);
        const int64_t n = int64_t(steps.size());
        writeDoubles(g.get(), "x", x, {n}, path);
        writeDoubles(g.get(), "y", y, {n}, path);
        writeDoubles(g.get(), "residual", residual, {n}, path);
        writeDoubles(g.get(), "loss", loss, {n}, path);
    }
    check(f.close(), path, "cannot be written");
}

std::vector<std::string> rootDatasets(h5::Id root, const std::string& path)
{
    struct Names {
        std::vector<std::string> list;
    } names;
    auto visit = [](hid_t, const char* name, const H5L_info_t*, void* data) -> herr_t {
        static_cast<Names*>(data)->list.emplace_back(name);
        return 0;
    };
    hsize_t idx = 0;
    h5::check(H5Literate(root, H5_INDEX_NAME, H5_ITER_NATIVE, &idx, visit, &names), path, "cannot list the file");
    return names.list;
}

std::string optionalString(h5::Id obj, const char* name, const std::string& path)
{
    return h5::hasAttribute(obj, name, path, "/") ? h5::readStringAttribute(obj, name, path, "/") : std::string();
}
} // namespace

void writeSurfaceFile(const std::string& path, const LandscapeSurface& surface)
{
    h5::silenceErrors();
    if (surface.xs.empty())
        throw FileError(path, "the surface has no grid points");
    const std::filesystem::path target(path);
    const std::string tmp =
        (target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()))).string();
    try {
        writeFile(tmp, path, surface);
    } catch (...) {
        std::remove(tmp.c_str());
        throw;
    }
    std::error_code ec;
    std::filesystem::rename(tmp, target, ec);
    if (ec) {
        std::remove(tmp.c_str());
        throw FileError(path, "cannot be written: " + ec.message());
    }
}

LandscapeSurface readSurfaceFile(const std::string& path)
{
    h5::Handle f = h5::openReadOnly(path);
    const h5::Id root = f.get();
    if (!h5::hasLink(root, "xcoordinates") || h5::isGroup(root, "xcoordinates"))
        throw FileError(path, "not a landscape surface file: no dataset 'xcoordinates'");
    LandscapeSurface s;
    const bool ours = optionalString(root, "format", path) == kFormat;
    s.source = ours ? optionalString(root, "source", path) : "loss-landscape";
    if (s.source.empty())
        s.source = "trainscope";
    std::vector<int64_t> shape;
    s.xs = h5::readDoubles(root, "xcoordinates", path, "/", &shape);
    if (shape.size() != 1 || s.xs.empty())
        throw FileError(path, "xcoordinates must be a non-empty list of numbers");
    if (h5::hasLink(root, "ycoordinates")) {
        s.ys = h5::readDoubles(root, "ycoordinates", path, "/", &shape);
        if (shape.size() != 1 || s.ys.empty())
            throw FileError(path, "ycoordinates must be a non-empty list of numbers");
    }
    for (const auto* axis : {&s.xs, &s.ys})
        for (double v : *axis)
            if (!std::isfinite(v))
                throw FileError(path, "the grid coordinates must be finite numbers");
    const auto nan = std::numeric_limits<double>::quiet_NaN();
    for (const auto& name : rootDatasets(root, path)) {
        if (!isLoss(name) && !isAccuracy(name))
            continue;
        if (h5::isGroup(root, name))
            continue;
        auto v = h5::readDoubles(root, name, path, "/", &shape);
        const bool shapeOk = s.is2d() ? shape == std::vector<int64_t>{s.nx(), s.ny()}
                                      : (shape == std::vector<int64_t>{s.nx()} || shape == std::vector<int64_t>{s.nx(), 1});
        if (!shapeOk)
            throw FileError(path, "dataset '" + name + "' does not match the grid (" + std::to_string(s.nx()) +
                                      (s.is2d() ? "×" + std::to_string(s.ny()) : std::string()) + " points)");
        for (double& x : v) {
            if (!ours && x < 0)
                x = nan; // loss-landscape marks points not computed yet with -1
            else if (isAccuracy(name))
                x /= 100.0;
        }
        s.values[name] = std::move(v);
    }
    if (s.values.empty())
        throw FileError(path, "the surface file has no loss or accuracy datasets (such as train_loss)");
    for (const auto& [name, mean] : s.values) {
        const std::string dataset = name + kStdSuffix;
        if (!h5::hasLink(root, dataset) || h5::isGroup(root, dataset))
            continue;
        auto v = h5::readDoubles(root, dataset, path, "/", &shape);
        if (v.size() != mean.size())
            throw FileError(path, "dataset '" + dataset + "' does not match the grid");
        if (isAccuracy(name))
            for (double& x : v)
                x /= 100.0;
        s.stds[name] = std::move(v);
    }
    if (!s.stds.empty())
        s.batches = h5::hasAttribute(root, "batches", path, "/") ? h5::readInt64Attribute(root, "batches", path, "/") : 0;
    if (ours) {
        s.run = optionalString(root, "run", path);
        s.directions = optionalString(root, "directions", path);
        s.split = optionalString(root, "split", path);
        s.statistics = optionalString(root, "statistics", path);
        s.created = optionalString(root, "created", path);
        if (h5::hasAttribute(root, "checkpoint_step", path, "/"))
            s.checkpointStep = h5::readInt64Attribute(root, "checkpoint_step", path, "/");
        if (h5::hasLink(root, "explained_variance"))
            s.explainedVariance = h5::readDoubles(root, "explained_variance", path, "/");
        if (h5::isGroup(root, "trajectory")) {
            h5::Handle g = h5::own(H5Gopen2(root, "trajectory", H5P_DEFAULT), h5::Kind::Group, path,
                                   "cannot open /trajectory");
            const auto steps = h5::readInt64s(g.get(), "step", path, "/trajectory");
            const auto x = h5::readDoubles(g.get(), "x", path, "/trajectory");
            const auto y = h5::readDoubles(g.get(), "y", path, "/trajectory");
            const auto r = h5::readDoubles(g.get(), "residual", path, "/trajectory");
            const auto l = h5::readDoubles(g.get(), "loss", path, "/trajectory");
            if (x.size() != steps.size() || y.size() != steps.size() || r.size() != steps.size() ||
                l.size() != steps.size())
                throw FileError(path, "the /trajectory datasets have different lengths");
            for (std::size_t i = 0; i < steps.size(); ++i)
                s.trajectory.push_back({steps[i], x[i], y[i], r[i], l[i]});
        }
    } else {
        // loss-landscape keeps the split in the dataset names only.
        const auto names = s.metricNames();
        s.split = names.front().substr(0, names.front().rfind('_'));
    }
    return s;
}

bool isSurfaceFile(const std::string& path)
{
    try {
        h5::Handle f = h5::openReadOnly(path);
        return h5::hasLink(f.get(), "xcoordinates") && !h5::isGroup(f.get(), "xcoordinates");
    } catch (const Error&) {
        return false;
    }
}

} // namespace ts
