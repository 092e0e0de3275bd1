#pragma once
// Runs one training job on a worker thread: builds the trainer (errors come back as a
// signal), creates the run file (SWMR, so the app and others can follow it), trains with
// pause and stop, and reports progress with an ETA.
#include "core/Settings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>
#include <thread>

namespace ts::app {

class QtFeedback;

class TrainingJob : public QObject {
    Q_OBJECT
public:
    TrainingJob(ts::Settings settings, QString outputPath, QObject* parent = nullptr);
    ~TrainingJob() override; // stops and joins

    void start();
    void setPaused(bool paused);
    void stop();
    bool isRunning() const { return running_; }
    const QString& outputPath() const { return output_; }

Q_SIGNALS:
    void fileCreated(const QString& path);
    void progress(double fraction, double etaSeconds, const QString& detail);
    // status: ts::RunStatus as int (1 finished, 2 cancelled, 3 failed)
    void finished(int status, const QString& message);

private:
    void work();

    ts::Settings settings_;
    QString output_;
    std::unique_ptr<QtFeedback> feedback_;
    std::thread thread_;
    bool running_ = false;
    QElapsedTimer clock_;
    QString detail_;
};

} // namespace ts::app
