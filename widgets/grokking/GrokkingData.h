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
    // The run's group of seeds (open runs whose configurations differ only in the seed): each
    // event as mean ± std (n − 1) over the n runs that reach it. groupRuns < 2: no group.
    struct EventInterval {
        double mean = 0, std = 0;
        int n = 0;
    };
    int groupRuns = 0;
    EventInterval groupMem, group50, group90;
};

} // namespace ts::widgets
