#include "app/gui/reactions/SweepReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/analysis/SweepViews.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/grokking/SweepDialog.h"

#include "core/Runtime.h"
#include "core/grokking/Sweep.h"
#include "core/train/Demos.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <memory>

namespace ts::app {

SweepReaction::SweepReaction(MainWindow& window) : Reaction(window, "actionSweep") { retranslate(); }

void SweepReaction::retranslate()
{
    action()->setText(tr("S&weep…"));
    action()->setStatusTip(tr("Train a demo once per value of one setting and chart the time to generalise"));
}

void SweepReaction::onTriggered()
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .filePath("TrainScope/sweep-" + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"));
    widgets::SweepDialog dialog(folder, &window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ts::Settings base = ts::demoSettings(dialog.demo().toStdString());
    base.set("demo", dialog.demo().toStdString());
    if (dialog.steps() > 0)
        base.set("steps", std::to_string(dialog.steps()));
    std::vector<std::string> values;
    for (const auto& v : dialog.values())
        values.push_back(v.trimmed().toStdString());
    std::vector<std::string> seeds;
    for (const auto& s : dialog.seeds())
        seeds.push_back(s.toStdString());
    const std::string key = dialog.key().toStdString(), out = dialog.folder().toStdString();
    const QString outFolder = dialog.folder();
    auto members = std::make_shared<std::vector<ts::SweepMember>>();
    window_.runInBackground(tr("Sweeping %1").arg(dialog.key()), tr("Sweep failed"),
        [base, key, values, out, seeds, members](ts::Feedback& feedback) {
            ts::configureRuntime(0);
            *members = ts::runSweep(base, key, values, out, &feedback, {}, seeds);
        },
        [this, members, outFolder] {
            QStringList paths;
            for (const auto& m : *members)
                paths << QString::fromStdString(m.path);
            window_.openRuns(paths);
            QString error;
            if (auto* chart = makeSweepChart(outFolder, &error))
                window_.addView(chart, tr("Sweep"));
            else
                window_.showError(tr("Sweep chart"), error);
        });
}

} // namespace ts::app
