#pragma once
// Connects a live training job to the window: the progress panel, the run list (the new
// file opens as a followed run as soon as it exists) and the log.
#include "core/Settings.h"

#include <QObject>

#include <memory>

namespace ts::app {

class MainWindow;
class TrainingJob;

class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(MainWindow& window);
    ~TrainingController() override;

    // Starts a job unless one is running (then logs why not). Returns whether it started.
    bool start(const ts::Settings& settings, const QString& outputPath);
    bool isRunning() const;
    TrainingJob* job() const { return job_.get(); }

Q_SIGNALS:
    void finished(int status, const QString& message);

private:
    MainWindow& window_;
    std::unique_ptr<TrainingJob> job_;
};

} // namespace ts::app
