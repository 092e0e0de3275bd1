#include "app/gui/RunRegistry.h"

#include "app/gui/RunDocument.h"

#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace ts::app {

RunRegistry::RunRegistry(QObject* parent) : QObject(parent) {}

RunRegistry::~RunRegistry() { QThreadPool::globalInstance()->waitForDone(); }

RunDocument* RunRegistry::find(const QString& path) const
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (auto* d : docs_)
        if (d->path() == abs)
            return d;
    return nullptr;
}

void RunRegistry::open(const QString& path, bool follow)
{
    if (auto* existing = find(path)) {
        if (follow)
            existing->setFollowing(true);
        Q_EMIT runOpened(existing);
        return;
    }
    ++pending_;
    auto* doc = new RunDocument(path); // no parent until loaded: it lives on this thread
    QPointer<RunRegistry> self(this);
    QThreadPool::globalInstance()->start([self, doc, follow] {
        const QString error = doc->load();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, doc, error, follow] {
                if (!self) {
                    delete doc;
                    return;
                }
                --self->pending_;
                if (!error.isEmpty()) {
                    Q_EMIT self->openFailed(doc->path(), error);
                    delete doc;
                    return;
                }
                doc->setParent(self);
                self->docs_.push_back(doc);
                connect(doc, &RunDocument::summaryChanged, self, [self, doc] { Q_EMIT self->runChanged(doc); });
                if (follow || doc->isLive())
                    doc->setFollowing(true);
                Q_EMIT self->runOpened(doc);
            },
            Qt::QueuedConnection);
    });
}

void RunRegistry::close(const QString& path)
{
    auto* doc = find(path);
    if (!doc)
        return;
    docs_.erase(std::remove(docs_.begin(), docs_.end(), doc), docs_.end());
    const QString p = doc->path();
    doc->deleteLater();
    Q_EMIT runClosed(p);
}

void RunRegistry::closeAll()
{
    while (!docs_.empty())
        close(docs_.back()->path());
}

} // namespace ts::app
