#include "app/gui/reactions/GroupRunsReaction.h"

#include "app/gui/CurvePresenter.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RunLabels.h"
#include "widgets/runs/RunBrowser.h"

#include <QInputDialog>

#include <algorithm>

namespace ts::app {

GroupRunsReaction::GroupRunsReaction(MainWindow& window, Mode mode)
    : Reaction(window, mode == Mode::Group ? "actionGroupRuns" : "actionUngroupRuns"), mode_(mode)
{
    retranslate();
}

void GroupRunsReaction::retranslate()
{
    if (mode_ == Mode::Group) {
        action()->setText(tr("Group &Checked Runs…"));
        action()->setToolTip(tr("Draw the checked runs as one line (mean or median) with a band"));
    } else {
        action()->setText(tr("&Ungroup Runs"));
        action()->setToolTip(tr("Forget the groups made by hand and stop grouping seeds"));
    }
}

void GroupRunsReaction::onTriggered()
{
    CurvePresenter& presenter = window_.curvePresenter();
    GroupOptions options = presenter.groupOptions();
    if (mode_ == Mode::Ungroup) {
        options.manual.clear();
        options.bySeed = false;
        presenter.setGroupOptions(options);
        return;
    }
    const QStringList checked = window_.runBrowser().checkedRunIds();
    if (checked.size() < 2) {
        window_.showError(tr("Group Runs"), tr("Check at least two runs in the Runs list to group them."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(&window_, tr("Group Runs"), tr("Name of the group:"), QLineEdit::Normal,
                                               tr("group %1").arg(options.manual.size() + 1), &ok);
    if (!ok)
        return;
    for (ManualGroup& g : options.manual) // a run belongs to one group
        for (const QString& p : checked)
            g.paths.removeAll(p);
    options.manual.erase(std::remove_if(options.manual.begin(), options.manual.end(),
                                        [](const ManualGroup& g) { return g.paths.isEmpty(); }),
                         options.manual.end());
    options.manual.push_back({name.trimmed().isEmpty() ? tr("group") : name.trimmed(), checked});
    presenter.setGroupOptions(options);
    window_.logInfo(tr("Grouped %1 runs as '%2'.").arg(checked.size()).arg(options.manual.back().name));
}

} // namespace ts::app
