#pragma once
// What the expert-pathway views show (plain data, filled by the application from a run's
// recorded routing and the core's pathway metrics).
#include <QString>
#include <QStringList>

#include <vector>

namespace ts::widgets {

// One routing checkpoint: every probe sample's kept experts per layer, in rank order.
struct PathwayCheckpoint {
    qint64 step = 0;
    std::vector<std::vector<std::vector<int>>> kept; // [sample][layer] → expert ids
    QStringList pathways;                            // [sample] "3,1-0-2"
};

// A metric over the routing checkpoints; NaN where undefined.
struct PathwaySeries {
    QString key;   // stable id, also the CSV column
    QString title; // in the user's language
    std::vector<double> values;
};

struct PathwayViewData {
    QString title;
    int layers = 0, experts = 0;
    double threshold = 0.7;
    std::vector<PathwayCheckpoint> checkpoints;

    // Per probe sample.
    std::vector<int> labels;        // class / answer residue, −1 when unknown
    QString labelTitle;             // what a label is, e.g. "answer"
    QStringList splits;             // split each sample comes from
    std::vector<int> memorisedFrom; // index of the checkpoint t*_i, −1 never; empty: unknown
    QString groupNote;              // which samples the metrics average over
    QString consistencyNote;        // why consistency is undefined, if it is

    // Metrics at each checkpoint (same order as checkpoints).
    std::vector<PathwaySeries> metrics;
    // Training curves from the run, for context.
    std::vector<double> trainLossSteps, trainLoss, testAccSteps, testAcc;

    int samples() const { return int(labels.size()); }
    bool isMemorised(int sample, int checkpoint) const {
        return !memorisedFrom.empty() && memorisedFrom[std::size_t(sample)] >= 0 &&
               memorisedFrom[std::size_t(sample)] <= checkpoint;
    }
};

} // namespace ts::widgets
