#pragma once
// Status-bar progress of the running analysis: its name, a bar and a Cancel button.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ts::widgets {
class BackgroundTask;
}

namespace ts::app {

class TaskProgressIndicator : public QWidget {
    Q_OBJECT
public:
    explicit TaskProgressIndicator(QWidget* parent = nullptr);
    void track(widgets::BackgroundTask* task); // shows until the task finishes

private:
    QLabel* label_;
    QProgressBar* bar_;
    QToolButton* cancel_;
};

} // namespace ts::app
