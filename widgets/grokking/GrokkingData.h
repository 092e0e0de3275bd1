#pragma once
// What the grokking dashboard shows (plain data, filled by the application from the core's
// events and progress measures).
#include <QString>

#include <vector>

namespace ts::widgets {

struct GrokkingData {
    QString title;
    std::vector<double> trainSteps, trainAcc, testSteps, testAcc;
    qint64 tMem = -1, t10 = -1, t50 = -1, t90 = -1, t99 = -1;
    QString verdict, explanation;
    // Per checkpoint.
    std::vector<double> steps, weightNorm, distInit, coherenceTrain, coherenceTest;
    double distFitA = 0, distFitB = 0, distFitR2 = 0; // dist_init ≈ a + b ln t
    bool fourier = false;
    std::vector<double> gini, restrictedLoss, excludedLoss;
    std::vector<std::vector<double>> frequencyNorms; // [checkpoint][k], k = 0 (constant) .. p/2
};

} // namespace ts::widgets
