#pragma once
// Progress of a live training run: bar with ETA, Pause/Resume and Stop.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ts::widgets {

class TrainingProgressPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingProgressPanel(QWidget* parent = nullptr);

    void start(const QString& runName);
    // fraction in [0, 1]; etaSeconds < 0 when unknown.
    void setProgress(double fraction, double etaSeconds, const QString& detail);
    void finish(const QString& message);
    bool isPaused() const { return paused_; }
    bool isActive() const { return active_; }
    void retranslate();

Q_SIGNALS:
    void pauseToggled(bool paused);
    void stopRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* title_;
    QProgressBar* bar_;
    QLabel* detail_;
    QPushButton* pause_;
    QPushButton* stop_;
    bool paused_ = false;
    bool active_ = false;
    QString runName_;
};

} // namespace ts::widgets
