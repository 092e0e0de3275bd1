#pragma once
// One training run in the background (a widgets::BackgroundTask): builds the trainer (errors
// come back as a signal), creates the run file (SWMR, so the app and others can follow it),
// trains with pause and stop, and reports progress with an ETA.
#include "core/Settings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace ts::widgets {
class BackgroundTask;
}

namespace ts::app {

class TrainingJob : public QObject {
    Q_OBJECT
public:
    TrainingJob(ts::Settings settings, QString outputPath, QObject* parent = nullptr);
    ~TrainingJob() override; // stops and joins (through its task)

    void start();
    void setPaused(bool paused);
    // A pace limit for demos in steps per second (0 = unlimited); may change while it trains.
    void setPace(double stepsPerSecond);
    void stop();
    bool isRunning() const;
    const QString& outputPath() const { return output_; }

Q_SIGNALS:
    void fileCreated(const QString& path);
    void progress(double fraction, double etaSeconds, const QString& detail);
    // status: ts::RunStatus as int (1 finished, 2 cancelled, 3 failed)
    void finished(int status, const QString& message);

private:
    ts::Settings settings_;
    QString output_;
    widgets::BackgroundTask* task_; // a child
    QElapsedTimer clock_;
    QString detail_;
};

} // namespace ts::app
