#include "app/gui/TaskProgressIndicator.h"

#include "widgets/jobs/BackgroundTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace ts::app {

TaskProgressIndicator::TaskProgressIndicator(QWidget* parent) : QWidget(parent)
{
    label_ = new QLabel(this);
    bar_ = new QProgressBar(this);
    bar_->setRange(0, 1000);
    bar_->setMaximumWidth(160);
    cancel_ = new QToolButton(this);
    cancel_->setObjectName("cancelTask");
    cancel_->setText(tr("Cancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    hide();
}

void TaskProgressIndicator::track(widgets::BackgroundTask* task)
{
    label_->setText(task->title());
    bar_->setValue(0);
    show();
    disconnect(cancel_, nullptr, nullptr, nullptr);
    connect(cancel_, &QToolButton::clicked, task, &widgets::BackgroundTask::cancel);
    connect(task, &widgets::BackgroundTask::progress, this, [this](double f) { bar_->setValue(int(f * 1000)); });
    connect(task, &widgets::BackgroundTask::finished, this, [this] { hide(); });
}

} // namespace ts::app
