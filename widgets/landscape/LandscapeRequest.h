#pragma once
// What the loss-landscape dialog asks for (plain data; the application turns it into the
// core's LandscapeSpec).
#include <QString>

namespace ts::widgets {

struct LandscapeRequest {
    QString run;
    qint64 centreStep = -1;
    // "random", "pca", "ckpt:A,B" or "ckpt:A,B,C", "file:PATH" (the core's syntax).
    QString directions = "random";
    QString normalisation = "filter"; // random directions: filter | layer | none
    bool includeBiases = false;
    qint64 seed = 0;
    int nx = 31, ny = 31;             // ny = 0: a 1-D slice
    double xmin = -1, xmax = 1, ymin = -1, ymax = 1;
    bool fitTrajectory = false;       // ranges that cover the projected trajectory instead
    QString split = "train";
    qint64 subset = 0;                // first N samples of the split; 0 = all
    QString batchNorm = "keep";       // BatchNorm statistics of plane points: keep | recompute
    bool trainMode = false;           // BatchNorm on batch statistics
};

} // namespace ts::widgets
