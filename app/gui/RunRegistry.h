#pragma once
// The open runs. Opening reads the file on a worker thread; the result arrives as a signal.
#include <QObject>
#include <QStringList>

#include <vector>

namespace ts::app {

class RunDocument;

class RunRegistry : public QObject {
    Q_OBJECT
public:
    explicit RunRegistry(QObject* parent = nullptr);
    ~RunRegistry() override;

    // Asynchronous; emits runOpened or openFailed. Opening an open run re-emits runOpened.
    void open(const QString& path, bool follow = false);
    void close(const QString& path);
    void closeAll();
    RunDocument* find(const QString& path) const;
    const std::vector<RunDocument*>& documents() const { return docs_; }
    int pendingOpens() const { return pending_; }

Q_SIGNALS:
    void runOpened(ts::app::RunDocument* doc);
    void openFailed(const QString& path, const QString& message);
    void runClosed(const QString& path);
    void runChanged(ts::app::RunDocument* doc);

private:
    std::vector<RunDocument*> docs_;
    int pending_ = 0;
};

} // namespace ts::app
