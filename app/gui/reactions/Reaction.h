#pragma once
// One QAction and what it does (ParaView's "reaction" pattern): the main window only
// creates reactions and puts their actions in menus, it holds none of their logic.
#include <QAction>
#include <QObject>

namespace ts::app {

class MainWindow;

class Reaction : public QObject {
    Q_OBJECT
public:
    Reaction(MainWindow& window, const QString& objectName);
    QAction* action() const { return action_; }
    // Sets the action's text, tip and so on in the current language.
    virtual void retranslate() = 0;

protected:
    virtual void onTriggered() = 0;
    MainWindow& window_;

private:
    QAction* action_;
};

} // namespace ts::app
