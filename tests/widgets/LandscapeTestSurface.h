#pragma once
// An analytic loss landscape for the view tests: a tilted bowl
//   loss(x, y) = 0.5 + x² + 0.5·y² + 0.2·x·y,   acc(x, y) = exp(−(x² + y²))
// on a non-square grid, with a trajectory spiralling into the minimum whose checkpoint
// losses are the bowl's own values.
#include "core/landscape/Surface.h"

#include <cmath>

namespace ts::test {

inline double bowlLoss(double x, double y) { return 0.5 + x * x + 0.5 * y * y + 0.2 * x * y; }
inline double bowlAccuracy(double x, double y) { return std::exp(-(x * x + y * y)); }

inline LandscapeSurface bowlSurface(int nx = 21, int ny = 15)
{
    LandscapeSurface s;
    for (int i = 0; i < nx; ++i)
        s.xs.push_back(-1.0 + 2.0 * i / (nx - 1));
    for (int j = 0; j < ny; ++j)
        s.ys.push_back(-1.5 + 3.0 * j / (ny - 1));
    auto& loss = s.values["train_loss"];
    auto& acc = s.values["train_acc"];
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            loss.push_back(bowlLoss(s.xs[size_t(i)], s.ys[size_t(j)]));
            acc.push_back(bowlAccuracy(s.xs[size_t(i)], s.ys[size_t(j)]));
        }
    for (int k = 0; k < 8; ++k) {
        const double r = 0.9 * (1.0 - k / 8.0), a = 0.9 * k;
        TrajectoryPoint p;
        p.step = 100 * k;
        p.x = r * std::cos(a);
        p.y = r * std::sin(a);
        p.loss = bowlLoss(p.x, p.y);
        p.residual = 0.01 * k;
        s.trajectory.push_back(p);
    }
    s.checkpointStep = 700;
    s.split = "train";
    s.source = "trainscope";
    s.run = "bowl.h5";
    return s;
}

// The same surface with only every second row computed (a progressive surface half done).
inline LandscapeSurface halfComputed(LandscapeSurface s)
{
    const int64_t nx = s.nx();
    for (auto& [name, v] : s.values)
        for (size_t i = 0; i < v.size(); ++i)
            if ((int64_t(i) / nx) % 2 == 1)
                v[i] = std::nan("");
    return s;
}

} // namespace ts::test
