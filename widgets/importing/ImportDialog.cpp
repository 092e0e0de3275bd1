#include "widgets/importing/ImportDialog.h"

#include "widgets/jobs/BackgroundTask.h"

#include "core/importing/ImportPreview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace ts::widgets {

namespace {
QString shape(const std::vector<int64_t>& s)
{
    QStringList parts;
    for (auto v : s)
        parts << QString::number(v);
    return "[" + parts.join(", ") + "]";
}

QString html(const ts::ImportPreview& p)
{
    QString h;
    auto problem = [](const std::string& e) {
        return QString("<p style='color:#d03030'>%1</p>").arg(QString::fromStdString(e).toHtmlEscaped());
    };
    h += "<h4>" + QCoreApplication::translate("ImportDialog", "Checkpoints") + "</h4>";
    if (!p.checkpointsError.empty()) {
        h += problem(p.checkpointsError);
    } else {
        QStringList steps;
        for (std::size_t i = 0; i < p.checkpoints.size(); ++i)
            if (i < 12 || i + 2 >= p.checkpoints.size())
                steps << QString::number(p.checkpoints[i].step);
            else if (i == 12)
                steps << "…";
        h += QCoreApplication::translate("ImportDialog", "%1 files, steps %2")
                 .arg(p.checkpoints.size())
                 .arg(steps.join(", "));
    }
    h += "<h4>" + QCoreApplication::translate("ImportDialog", "Model") + "</h4>";
    if (!p.modelError.empty()) {
        h += problem(p.modelError);
    } else {
        h += QCoreApplication::translate("ImportDialog", "%1 parameters in %2 tensors").arg(p.parameterCount).arg(p.params.size());
        h += "<br><small>";
        for (std::size_t i = 0; i < p.params.size() && i < 30; ++i)
            h += QString::fromStdString(p.params[i].name).toHtmlEscaped() + " " + shape(p.params[i].shape) + "<br>";
        if (p.params.size() > 30)
            h += "…";
        h += "</small>";
    }
    h += "<h4>" + QCoreApplication::translate("ImportDialog", "Data") + "</h4>";
    if (!p.dataError.empty())
        h += problem(p.dataError);
    for (const auto& s : p.splits)
        h += QString("%1: %2 %3 → %4 %5<br>")
                 .arg(QString::fromStdString(s.name), QString::fromStdString(s.inputType), shape(s.inputShape),
                      QString::fromStdString(s.targetType), shape(s.targetShape));
    if (!p.tensorboardError.empty() || !p.metrics.empty()) {
        h += "<h4>" + QCoreApplication::translate("ImportDialog", "TensorBoard scalars") + "</h4>";
        if (!p.tensorboardError.empty())
            h += problem(p.tensorboardError);
        for (const auto& m : p.metrics)
            h += QCoreApplication::translate("ImportDialog", "%1 (tag %2): %3 points<br>")
                     .arg(QString::fromStdString(m.name), QString::fromStdString(m.tag))
                     .arg(m.points);
    }
    if (!p.firstCheckpointError.empty() || !p.modelOnDataError.empty()) {
        h += "<h4>" + QCoreApplication::translate("ImportDialog", "Checks") + "</h4>";
        if (!p.firstCheckpointError.empty())
            h += problem(p.firstCheckpointError);
        if (!p.modelOnDataError.empty())
            h += problem(p.modelOnDataError);
    }
    return h;
}
} // namespace

ImportDialog::ImportDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import a run"));
    setObjectName("importDialog");
    resize(720, 640);
    auto field = [this](const char* name, const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, [this] { schedulePreview(); });
        return e;
    };
    checkpoints_ = field("checkpoints", tr("a folder of .pt / .pth / .safetensors files"));
    model_ = field("model", tr("TorchScript model (torch.jit.save)"));
    data_ = field("data", tr(".pt, .safetensors or .npy with the splits"));
    tensorboard_ = field("tensorboard", tr("optional: TensorBoard log folder or event file"));
    out_ = field("out", tr("the run file to write"));
    loss_ = new QComboBox(this);
    loss_->setObjectName("loss");
    loss_->addItems({"cross_entropy", "logistic", "mse"});
    connect(loss_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { schedulePreview(); });
    auto browse = [this](QLineEdit* target, bool folder, const QString& filter) {
        auto* b = new QToolButton(this);
        b->setText(tr("…"));
        connect(b, &QToolButton::clicked, this, [this, target, folder, filter] {
            const QString path = folder ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"))
                                        : QFileDialog::getOpenFileName(this, tr("Choose a file"), QString(), filter);
            if (!path.isEmpty())
                target->setText(path);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(target, 1);
        row->addWidget(b);
        return row;
    };
    preview_ = new QTextBrowser(this);
    preview_->setObjectName("preview");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Import"));
    ok_->setEnabled(false);
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(300);
    connect(debounce_, &QTimer::timeout, this, [this] { startPreview(); });

    auto* form = new QFormLayout;
    form->addRow(tr("Checkpoints"), browse(checkpoints_, true, {}));
    form->addRow(tr("Model"), browse(model_, false, tr("TorchScript (*.pt *.pth *.ts)")));
    form->addRow(tr("Data"), browse(data_, false, tr("Tensors (*.pt *.pth *.safetensors *.npy)")));
    form->addRow(tr("TensorBoard"), browse(tensorboard_, true, {}));
    form->addRow(tr("Loss"), loss_);
    form->addRow(tr("Save as"), out_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(preview_, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    preview_->setHtml(tr("Choose the checkpoints, the model and the data."));
}

// The previews (children) must end before the widgets they report to: cancel all, then join.
ImportDialog::~ImportDialog()
{
    const auto tasks = findChildren<BackgroundTask*>();
    for (auto* task : tasks)
        task->cancel();
    qDeleteAll(tasks);
}

void ImportDialog::done(int result)
{
    cancelPreview();
    QDialog::done(result);
}

void ImportDialog::cancelPreview()
{
    if (current_)
        current_->cancel(); // it deletes itself when it has stopped
    current_ = nullptr;
}

ImportRequest ImportDialog::request() const
{
    return {checkpoints_->text().trimmed(), model_->text().trimmed(), data_->text().trimmed(),
            tensorboard_->text().trimmed(), loss_->currentText(), out_->text().trimmed()};
}

void ImportDialog::setRequest(const ImportRequest& r)
{
    checkpoints_->setText(r.checkpoints);
    model_->setText(r.model);
    data_->setText(r.data);
    tensorboard_->setText(r.tensorboard);
    loss_->setCurrentText(r.loss);
    out_->setText(r.out);
    if (r.out.isEmpty() && !r.checkpoints.isEmpty())
        out_->setText(QFileInfo(r.checkpoints).absoluteFilePath() + ".h5");
    debounce_->stop();
    startPreview();
}

QString ImportDialog::previewText() const { return preview_->toPlainText(); }

void ImportDialog::schedulePreview()
{
    ok_->setEnabled(false);
    debounce_->start();
}

void ImportDialog::startPreview()
{
    cancelPreview(); // a newer request makes the running preview pointless
    const ImportRequest r = request();
    if (r.checkpoints.isEmpty() || r.model.isEmpty() || r.data.isEmpty()) {
        showPreview(tr("Choose the checkpoints, the model and the data."), false);
        return;
    }
    ts::ImportOptions o;
    o.checkpoints = {r.checkpoints.toStdString()};
    o.model = r.model.toStdString();
    o.data = r.data.toStdString();
    o.tensorboard = r.tensorboard.toStdString();
    o.loss = r.loss.toStdString();
    preview_->setHtml(tr("Looking at the files…"));
    // Reading a model and a checkpoint can take seconds: never on the GUI thread.
    auto* task = new BackgroundTask(QStringLiteral("import preview"), this);
    current_ = task;
    auto result = std::make_shared<std::pair<QString, bool>>();
    connect(task, &BackgroundTask::finished, this,
            [this, task, result](BackgroundTask::Outcome outcome, const QString& message) {
                task->deleteLater();
                if (task != current_)
                    return; // cancelled: a newer preview is on its way, or the dialog closed
                current_ = nullptr;
                if (outcome == BackgroundTask::Outcome::Failed)
                    showPreview(QString("<p style='color:#d03030'>%1</p>").arg(message.toHtmlEscaped()), false);
                else if (outcome == BackgroundTask::Outcome::Done)
                    showPreview(result->first, result->second);
            });
    task->start([o, result](ts::Feedback& feedback) {
        const auto p = ts::previewImport(o, &feedback);
        result->first = html(p);
        result->second = p.ok();
    });
}

void ImportDialog::showPreview(const QString& text, bool ok)
{
    preview_->setHtml(text);
    previewOk_ = ok;
    ok_->setEnabled(ok && !out_->text().trimmed().isEmpty());
    Q_EMIT previewFinished();
}

} // namespace ts::widgets
