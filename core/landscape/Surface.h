#pragma once
// A loss-landscape surface as every view, exporter and file sees it: torch-free, so Qt and
// VTK code can include it. A 1-D slice has ys empty (ny() == 1).
//
// Values are stored row-major with x fastest: value(ix, iy) = values[iy * nx + ix]. Points
// not computed yet (a progressive or interrupted computation) are NaN.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ts {

// One checkpoint of the training trajectory projected onto the surface's plane.
struct TrajectoryPoint {
    int64_t step = 0;
    double x = 0, y = 0;    // coordinates along the two directions
    double residual = 0;    // distance of the checkpoint from the plane (‖θ − projection‖)
    double loss = 0;        // the checkpoint's own loss on the surface's split (NaN if unknown)
};

struct LandscapeSurface {
    std::vector<double> xs;       // grid coordinates along direction 1
    std::vector<double> ys;       // along direction 2; empty for a 1-D slice
    // Metric name → grid values, e.g. "train_loss", "train_acc" (accuracy as a fraction).
    std::map<std::string, std::vector<double>> values;
    std::vector<TrajectoryPoint> trajectory;
    // A surface over K disjoint batches of the split (`landscape --batches K`): values hold the
    // mean over the K batch surfaces and stds their sample standard deviation (n − 1), per
    // metric of values; both empty and 0 for a surface of the whole split.
    std::map<std::string, std::vector<double>> stds;
    int64_t batches = 0;

    // Provenance, shown when a surface file is reopened.
    std::string run;               // run file it was computed from ("" for imported)
    int64_t checkpointStep = -1;   // the centre θ₀ (−1 when unknown)
    std::string directions;        // the directions' recipe as JSON
    std::string split;             // data split evaluated ("train", "test", ...)
    // How BatchNorm was evaluated: "eval, keep", "eval, recompute:2048" or "train"; empty for
    // models without buffers and for files from older versions.
    std::string statistics;
    std::string created;           // ISO-8601 time
    std::vector<double> explainedVariance; // PCA directions: fraction per axis
    std::string source;            // "trainscope" or "loss-landscape" (an imported file)

    int64_t nx() const { return static_cast<int64_t>(xs.size()); }
    int64_t ny() const { return ys.empty() ? 1 : static_cast<int64_t>(ys.size()); }
    bool is2d() const { return !ys.empty(); }
    // NaN when the metric is missing or the point not computed yet.
    double value(const std::string& metric, int64_t ix, int64_t iy) const;
    // Number of finite points of a metric (progress of a progressive computation).
    int64_t computedPoints(const std::string& metric) const;
    std::vector<std::string> metricNames() const;
    // The std map's value (NaN when the metric has none or the point is not computed yet).
    double stdValue(const std::string& metric, int64_t ix, int64_t iy) const;
    bool hasStd(const std::string& metric) const { return stds.count(metric) > 0; }
};

} // namespace ts
