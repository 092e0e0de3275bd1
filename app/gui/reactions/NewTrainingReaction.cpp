#include "app/gui/reactions/NewTrainingReaction.h"

#include "app/gui/MainWindow.h"
#include "app/gui/SkipConnectionsDemo.h"
#include "app/gui/TrainingController.h"
#include "core/train/Demos.h"
#include "widgets/training/TrainingRunDialog.h"

#include <QDir>
#include <QStandardPaths>

namespace ts::app {

NewTrainingReaction::NewTrainingReaction(MainWindow& window) : Reaction(window, "actionNewTraining")
{
    action()->setShortcut(QKeySequence::New);
    retranslate();
}

void NewTrainingReaction::retranslate()
{
    action()->setText(tr("&New Training Run…"));
    action()->setStatusTip(tr("Train a built-in model and watch it live"));
}

void NewTrainingReaction::onTriggered()
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath("TrainScope");
    auto* dialog = new widgets::TrainingRunDialog(folder, &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] {
                const auto settings = dialog->settings();
                if (settings.getString("demo", "") == kSkipConnectionsDemo)
                    startSkipConnectionsDemo(window_, settings, dialog->outputPath());
                else
                    window_.training().start(settings, dialog->outputPath());
            });
    dialog->open();
}

} // namespace ts::app
