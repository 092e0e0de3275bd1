#pragma once
// One open run in the application: its summary and metric series, read from the run file,
// and kept growing while the file is still being written (by this app or another process).
#include "widgets/runs/RunSummary.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

namespace ts {
class RunReader;
}

namespace ts::app {

struct MetricSeriesData {
    std::vector<double> steps;
    std::vector<double> values;
};

class RunDocument : public QObject {
    Q_OBJECT
public:
    explicit RunDocument(const QString& path, QObject* parent = nullptr);
    ~RunDocument() override;

    // Opens the file and reads its metadata and metrics. Safe on a worker thread (before
    // the document is shared). Returns an empty string or the error to show.
    QString load();

    const QString& path() const { return path_; }
    widgets::RunSummary summary() const { return summary_; }
    QStringList metricNames() const { return metricNames_; }
    const MetricSeriesData* metric(const QString& name) const;
    bool isLive() const; // still being written
    // Detected memorisation/generalisation steps (−1 = not reached; all −1 without accuracy).
    struct Events {
        qint64 tMem = -1, t50 = -1, t90 = -1;
        QString verdict;
    };
    const Events& events() const { return events_; }
    ts::RunReader* reader() const { return reader_.get(); }

    // Polls the file for new data while it is live (started automatically when it is).
    void setFollowing(bool follow);
    bool isFollowing() const { return timer_.isActive(); }

public Q_SLOTS:
    // Reads what was appended since the last read; emits grew() when anything was.
    void refresh();

Q_SIGNALS:
    void grew();
    void summaryChanged();

private:
    void readAll();
    void updateSummary();

    QString path_;
    std::unique_ptr<ts::RunReader> reader_;
    widgets::RunSummary summary_;
    QString bufferWarning_; // format-1 file of a BatchNorm model: results are approximate
    Events events_;
    QStringList metricNames_;
    std::map<QString, MetricSeriesData> metrics_;
    QTimer timer_;
};

} // namespace ts::app
