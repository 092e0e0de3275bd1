// Surface files: our own round trip (partial surfaces included) and loss-landscape's layout.
#include "core/Error.h"
#include "core/landscape/H5Arrays.h"
#include "core/landscape/SurfaceFile.h"
#include "tests/TempDir.h"

#include <gtest/gtest.h>

#include <hdf5.h>

#include <cmath>
#include <fstream>
#include <limits>

using namespace ts;
using namespace ts::test;

namespace {
double f(double x, double y) { return 3.0 + x * x + y + 0.1 * x * y; } // positive on [-1, 1]²

// A surface file as loss-landscape's plot_surface.py writes it: coordinates, then
// [len(x), len(y)] datasets filled through ravel() in meshgrid order (x fastest), -1 where not
// computed yet, accuracy in percent.
void writeLossLandscapeFile(const std::string& path, const std::vector<double>& xs, const std::vector<double>& ys,
                            int64_t missing)
{
    h5::silenceErrors();
    h5::Handle file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), h5::Kind::File);
    ASSERT_TRUE(file.valid());
    h5::writeDoubles(file.get(), "xcoordinates", xs, {int64_t(xs.size())}, path);
    if (!ys.empty())
        h5::writeDoubles(file.get(), "ycoordinates", ys, {int64_t(ys.size())}, path);
    const std::size_t ny = ys.empty() ? 1 : ys.size();
    std::vector<double> loss(xs.size() * ny), acc(xs.size() * ny);
    for (std::size_t k = 0; k < loss.size(); ++k) {
        const double x = xs[k % xs.size()], y = ys.empty() ? 0.0 : ys[k / xs.size()];
        loss[k] = f(x, y);
        acc[k] = 50.0 + 10 * x;
    }
    if (missing >= 0)
        loss[std::size_t(missing)] = acc[std::size_t(missing)] = -1;
    const std::vector<int64_t> shape =
        ys.empty() ? std::vector<int64_t>{int64_t(xs.size())} : std::vector<int64_t>{int64_t(xs.size()), int64_t(ys.size())};
    h5::writeDoubles(file.get(), "train_loss", loss, shape, path);
    h5::writeDoubles(file.get(), "train_acc", acc, shape, path);
}
} // namespace

TEST(LandscapeFiles, OurSurfaceRoundTripsWithNaNAndProvenance)
{
    TempDir dir;
    LandscapeSurface s;
    s.xs = {-1, 0, 1};
    s.ys = {-0.5, 0.5};
    s.values["train_loss"] = {1, 2, 3, 4, std::nan(""), 6};
    s.values["train_acc"] = {0.1, 0.2, 0.3, 0.4, std::nan(""), 0.6};
    s.trajectory = {{0, 0.1, 0.2, 0.01, 2.5}, {100, -0.3, 0.4, 0.0, 1.5}};
    s.run = "run.h5";
    s.checkpointStep = 100;
    s.directions = "{\"type\":\"pca\"}";
    s.split = "train";
    s.created = "2026-11-26T14:00:00Z";
    s.explainedVariance = {0.7, 0.2};
    const auto path = dir.file("surf.h5");
    writeSurfaceFile(path, s);
    EXPECT_TRUE(isSurfaceFile(path));
    auto r = readSurfaceFile(path);
    EXPECT_EQ(r.xs, s.xs);
    EXPECT_EQ(r.ys, s.ys);
    EXPECT_EQ(r.run, s.run);
    EXPECT_EQ(r.checkpointStep, 100);
    EXPECT_EQ(r.directions, s.directions);
    EXPECT_EQ(r.split, "train");
    EXPECT_EQ(r.created, s.created);
    EXPECT_EQ(r.source, "trainscope");
    EXPECT_EQ(r.explainedVariance, s.explainedVariance);
    ASSERT_EQ(r.trajectory.size(), 2u);
    EXPECT_EQ(r.trajectory[1].step, 100);
    EXPECT_EQ(r.trajectory[1].y, 0.4);
    EXPECT_EQ(r.trajectory[0].loss, 2.5);
    EXPECT_EQ(r.computedPoints("train_loss"), 5);
    EXPECT_TRUE(std::isnan(r.value("train_loss", 1, 1)));
    EXPECT_EQ(r.value("train_loss", 2, 1), 6);
    EXPECT_NEAR(r.value("train_acc", 0, 1), 0.4, 1e-15);
    // No temporary file is left next to it.
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        files += e.is_regular_file();
    EXPECT_EQ(files, 1);
}

TEST(LandscapeFiles, ReadsLossLandscapeSurfacesNonSquare)
{
    TempDir dir;
    const std::vector<double> xs = {-1, -0.5, 0, 0.5, 1}, ys = {-1, 0, 1};
    writeLossLandscapeFile(dir.file("ll.h5"), xs, ys, 7);
    ASSERT_TRUE(isSurfaceFile(dir.file("ll.h5")));
    auto s = readSurfaceFile(dir.file("ll.h5"));
    EXPECT_EQ(s.source, "loss-landscape");
    EXPECT_EQ(s.split, "train");
    ASSERT_EQ(s.nx(), 5);
    ASSERT_EQ(s.ny(), 3);
    for (int64_t iy = 0; iy < 3; ++iy)
        for (int64_t ix = 0; ix < 5; ++ix) {
            if (iy * 5 + ix == 7) {
                EXPECT_TRUE(std::isnan(s.value("train_loss", ix, iy)));
                continue;
            }
            EXPECT_DOUBLE_EQ(s.value("train_loss", ix, iy), f(xs[std::size_t(ix)], ys[std::size_t(iy)]));
            EXPECT_NEAR(s.value("train_acc", ix, iy), 0.5 + 0.1 * xs[std::size_t(ix)], 1e-12); // percent → fraction
        }
    // 1-D files have no ycoordinates.
    writeLossLandscapeFile(dir.file("l1.h5"), xs, {}, -1);
    auto l = readSurfaceFile(dir.file("l1.h5"));
    EXPECT_FALSE(l.is2d());
    EXPECT_DOUBLE_EQ(l.value("train_loss", 3, 0), f(0.5, 0));
}

TEST(LandscapeFiles, MalformedFilesAreFileErrors)
{
    TempDir dir;
    { std::ofstream(dir.file("text.h5")) << "not hdf5"; }
    EXPECT_FALSE(isSurfaceFile(dir.file("text.h5")));
    EXPECT_THROW(readSurfaceFile(dir.file("text.h5")), FileError);
    EXPECT_THROW(readSurfaceFile(dir.file("absent.h5")), FileError);
    // HDF5 without coordinates, and a metric that does not match the grid.
    {
        h5::Handle file(H5Fcreate(dir.file("bad.h5").c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), h5::Kind::File);
        h5::writeDoubles(file.get(), "train_loss", {1, 2}, {2}, "bad.h5");
    }
    EXPECT_FALSE(isSurfaceFile(dir.file("bad.h5")));
    EXPECT_THROW(readSurfaceFile(dir.file("bad.h5")), FileError);
    {
        h5::Handle file(H5Fcreate(dir.file("shape.h5").c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), h5::Kind::File);
        h5::writeDoubles(file.get(), "xcoordinates", {0, 1, 2}, {3}, "shape.h5");
        h5::writeDoubles(file.get(), "ycoordinates", {0, 1}, {2}, "shape.h5");
        h5::writeDoubles(file.get(), "train_loss", {1, 2, 3, 4}, {2, 2}, "shape.h5");
    }
    try {
        readSurfaceFile(dir.file("shape.h5"));
        FAIL();
    } catch (const FileError& e) {
        EXPECT_NE(std::string(e.what()).find("train_loss"), std::string::npos) << e.what();
    }
    // Writing where it cannot leaves nothing and says so.
    LandscapeSurface s;
    s.xs = {0};
    s.values["train_loss"] = {1};
    EXPECT_THROW(writeSurfaceFile("/nonexistent-dir/s.h5", s), FileError);
}
