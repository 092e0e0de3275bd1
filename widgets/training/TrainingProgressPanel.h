#pragma once
// Progress of a live training run: bar with ETA, Pause/Resume, Stop, and a pace limit (steps
// per second, for demos) that can change while it trains.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

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
    double pace() const; // steps per second, 0 = unlimited
    void setPace(double stepsPerSecond);
    void retranslate();

Q_SIGNALS:
    void pauseToggled(bool paused);
    void stopRequested();
    void paceChanged(double stepsPerSecond);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* title_;
    QProgressBar* bar_;
    QLabel* detail_;
    QPushButton* pause_;
    QPushButton* stop_;
    QLabel* paceLabel_;
    QSpinBox* pace_;
    bool paused_ = false;
    bool active_ = false;
    QString runName_;
};

} // namespace ts::widgets
