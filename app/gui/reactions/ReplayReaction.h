#pragma once
#include "app/gui/reactions/Reaction.h"

#include <QVector>

class QAction;
class QToolBar;

namespace ts::widgets {
class TransportBar;
}

namespace ts::app {

// View → Replay: a transport bar at the bottom of the window whose step cursor moves every
// open view at once (the training curves, the grokking dashboard, landscapes, pathways), with
// bookmarks at each shown run's detected events. Ending it shows the whole runs again.
class ReplayReaction : public Reaction {
    Q_OBJECT
public:
    explicit ReplayReaction(MainWindow& window);
    void retranslate() override;

    bool isActive() const { return active_; }
    void setActive(bool on);
    widgets::TransportBar& transport() const { return *transport_; }
    // Range, stops and bookmarks from the runs shown in the run browser.
    void updateRange();
    // Every open view that follows the cursor to this step (+inf: everything).
    void apply(double step);

protected:
    void onTriggered() override;

private:
    QToolBar* bar_;
    widgets::TransportBar* transport_;
    QAction* playPause_;
    bool active_ = false;
};

} // namespace ts::app
