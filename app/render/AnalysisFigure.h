#pragma once
// Computes an analysis of a run headless and writes one of its views as a figure: the
// `render --view interpolation|interpolation-accuracy|layerwise|lines|bezier|sharpness|
// density|sharpness-layers|influence|influence-pairs|influence-checkpoints` paths.
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace ts::app {

struct AnalysisFigureOptions {
    QString view;
    QString from = "first", to = "last"; // interpolation ends ("RUN2.h5:STEP" for another run)
    double alphaMin = -0.25, alphaMax = 1.25;
    int points = 61;
    int bezierSteps = 300;
    QString checkpoint = "all"; // sharpness: "all" or a step
    int every = 1;
    int top = 1;
    int iterations = 20;
    int probes = 0; // Hutchinson probes (0 = no trace)
    // influence: the method, the test example (testIndex -1 = self-influence), listed examples
    QString method = "tracin";
    QString testSplit = "test";
    int testIndex = 0;
    int projection = 0;
    double damping = 0.1;
    int listed = 20;
    QSize size{1600, 1000};
    int dpi = 150;
    QString theme = "light";
};

QStringList analysisViewNames();
// Computes the analysis and returns the chosen view alone (sized options.size, a light or dark
// chart), for a figure of several panels; nullptr and *error on failure.
std::unique_ptr<QWidget> makeAnalysisView(const QString& runPath, const AnalysisFigureOptions& options, QString* error);
// Needs a QApplication. Returns "" or the error.
QString renderAnalysisFigure(const QString& runPath, const AnalysisFigureOptions& options, const QString& outPath);

// Several runs of one group of seeds (configurations equal but the seed), each analysed on its
// own: interpolation and interpolation-accuracy (every run from --from to --to of itself) and
// sharpness, drawn as the group's mean with a ± std band and n per point; grokking, the first
// run's dashboard with the group's events as intervals mean ± std.
QStringList groupAnalysisViewNames();
std::unique_ptr<QWidget> makeGroupAnalysisView(const QStringList& runPaths, const AnalysisFigureOptions& options,
                                               QString* error);
QString renderGroupAnalysisFigure(const QStringList& runPaths, const AnalysisFigureOptions& options,
                                  const QString& outPath);

} // namespace ts::app
