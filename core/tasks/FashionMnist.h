#pragma once
// Fashion-MNIST (Xiao, Rasul and Vollgraf 2017): 28×28 grey images of ten kinds of clothing,
// 60000 for training and 10000 for testing, read from the four IDX files of Debian's
// dataset-fashion-mnist (gzip-compressed or not).
#include "core/tasks/TaskData.h"

#include <string>

namespace ts {

// Pixel mean and standard deviation of the 60000 training images scaled to [0, 1], computed
// over all 47 040 000 pixels: 0.286041 and 0.353024 (population std), used rounded as is usual.
constexpr double kFashionMnistMean = 0.2860;
constexpr double kFashionMnistStd = 0.3530;

struct FashionMnistOptions {
    std::string dataDir;     // empty: defaultFashionMnistDir()
    int64_t subset = 60000;  // the first this many training images, in file order, 1..60000
    int64_t testSubset = 10000; // the first this many test images, 1..10000
    bool normalize = true;   // (x - kFashionMnistMean) / kFashionMnistStd after scaling to [0, 1]
};

// $TRAINSCOPE_FASHION_MNIST if set, else /usr/share/datasets/fashion-mnist.
std::string defaultFashionMnistDir();

// Splits "train" and "test": inputs float32 [n, 1, 28, 28], targets int64 [n] in 0..9. Subsets
// are the first images of each file, so they are the same whatever the seed. ConfigError for
// bad options or a missing data set (naming the Debian package), FileError for a bad file.
TaskData makeFashionMnist(const FashionMnistOptions& o);

} // namespace ts
