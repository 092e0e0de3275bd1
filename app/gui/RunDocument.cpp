#include "app/gui/RunDocument.h"

#include "core/Error.h"
#include "core/analysis/RunCheckpoints.h"
#include "core/grokking/GrokkingEvents.h"
#include "core/runfile/RunReader.h"

#include <QFileInfo>

namespace ts::app {

RunDocument::RunDocument(const QString& path, QObject* parent)
    : QObject(parent), path_(QFileInfo(path).absoluteFilePath())
{
    timer_.setInterval(500);
    connect(&timer_, &QTimer::timeout, this, &RunDocument::refresh);
}

RunDocument::~RunDocument() = default;

QString RunDocument::load()
{
    try {
        reader_ = std::make_unique<ts::RunReader>(path_.toStdString());
        bufferWarning_ = QString::fromStdString(ts::bufferWarning(*reader_));
        metricNames_.clear();
        for (const auto& n : reader_->metricNames())
            metricNames_ << QString::fromStdString(n);
        readAll();
        updateSummary();
        return {};
    } catch (const std::exception& e) {
        reader_.reset();
        return QString::fromStdString(e.what());
    }
}

const MetricSeriesData* RunDocument::metric(const QString& name) const
{
    auto it = metrics_.find(name);
    return it == metrics_.end() ? nullptr : &it->second;
}

bool RunDocument::isLive() const { return reader_ && reader_->status() == ts::RunStatus::Running; }

void RunDocument::setFollowing(bool follow)
{
    if (follow)
        timer_.start();
    else
        timer_.stop();
}

void RunDocument::readAll()
{
    for (const auto& name : metricNames_) {
        auto s = reader_->readMetric(name.toStdString());
        auto& d = metrics_[name];
        d.steps.assign(s.steps.begin(), s.steps.end());
        d.values = std::move(s.values);
    }
}

void RunDocument::updateSummary()
{
    widgets::RunSummary s;
    s.id = path_;
    s.name = QFileInfo(path_).fileName();
    s.task = QString::fromStdString(reader_->configValue("task", "?"));
    s.model = QString::fromStdString(reader_->modelArch());
    s.parameters = reader_->parameterCount();
    s.checkpoints = reader_->checkpointCount();
    s.metrics = metricNames_;
    s.status = QString::fromStdString(runStatusName(reader_->status()));
    s.warning = bufferWarning_;
    for (const auto& [name, d] : metrics_)
        if (!d.steps.empty())
            s.lastStep = std::max<qint64>(s.lastStep, qint64(d.steps.back()));
    // Grokking events from the accuracy curves (cheap: the series are already in memory).
    events_ = Events();
    const auto* train = metric("train_acc");
    const auto* test = metric("test_acc");
    if (train && test && !train->steps.empty() && !test->steps.empty()) {
        auto toSeries = [](const MetricSeriesData& d) {
            ts::MetricSeries m;
            m.steps.assign(d.steps.begin(), d.steps.end());
            m.values = d.values;
            return m;
        };
        const auto e = ts::detectGrokking(toSeries(*train), toSeries(*test));
        events_ = {e.tMem, e.t50, e.t90, QString::fromStdString(e.verdictName)};
        auto step = [](qint64 v) { return v < 0 ? tr("never") : QString::number(v); };
        s.events = tr("%1: memorised at step %2, test ≥ 50% at %3, ≥ 90% at %4")
                       .arg(events_.verdict, step(e.tMem), step(e.t50), step(e.t90));
    }
    summary_ = s;
}

void RunDocument::refresh()
{
    if (!reader_)
        return;
    try {
        reader_->refresh();
        bool changed = false;
        for (const auto& name : metricNames_) {
            auto s = reader_->readMetric(name.toStdString());
            auto& d = metrics_[name];
            if (s.steps.size() != d.steps.size()) {
                d.steps.assign(s.steps.begin(), s.steps.end());
                d.values = std::move(s.values);
                changed = true;
            }
        }
        const auto before = summary_;
        updateSummary();
        if (changed)
            Q_EMIT grew();
        if (changed || before.status != summary_.status || before.checkpoints != summary_.checkpoints)
            Q_EMIT summaryChanged();
        if (!isLive())
            setFollowing(false);
    } catch (const std::exception&) {
        // A half-written record can fail to read; the next poll sees it complete.
    }
}

} // namespace ts::app
