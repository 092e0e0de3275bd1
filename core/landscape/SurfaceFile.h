#pragma once
// Landscape surface files (HDF5, docs/landscapes.md "Surface files"), in loss-landscape's
// layout so its scripts read ours: datasets xcoordinates [nx], ycoordinates [ny] (2-D only)
// and one dataset per metric ("train_loss", "train_acc", ...) shaped [nx, ny] whose flat
// order is x fastest (as loss-landscape's scheduler fills it), accuracy in percent. Ours add
// provenance attributes, the trajectory group and NaN for points not computed yet.
// readSurfaceFile also opens loss-landscape's own surface files (missing points there are
// negative). A surface over K batches adds "<metric>_std" datasets (the sample std of the K
// batch surfaces; the metric datasets hold their mean) and a "batches" attribute. torch-free.
#include "core/landscape/Surface.h"

#include <string>

namespace ts {

// Writes to a temporary file next to path and renames it, so a reader never sees a
// half-written surface. FileError when it cannot be written.
void writeSurfaceFile(const std::string& path, const LandscapeSurface& surface);
// FileError for anything that is not a readable surface file.
LandscapeSurface readSurfaceFile(const std::string& path);
// An HDF5 file with an xcoordinates dataset (never throws).
bool isSurfaceFile(const std::string& path);

} // namespace ts
