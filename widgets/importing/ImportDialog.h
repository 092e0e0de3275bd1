#pragma once
// File → Import: a run from checkpoints trained elsewhere (a folder or files of torch.save
// state dicts or safetensors), the TorchScript model that evaluates them, a data file and
// optional TensorBoard logs. What would be imported is previewed in a BackgroundTask as the
// fields change: checkpoints and steps, parameters, splits, metrics, and every problem. A new
// preview cancels the running one; closing the dialog cancels it, destroying it joins.
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace ts::widgets {

class BackgroundTask;

struct ImportRequest {
    QString checkpoints, model, data, tensorboard, loss = "cross_entropy", out;
};

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);
    ~ImportDialog() override;

    ImportRequest request() const;
    void setRequest(const ImportRequest& request);
    // The preview's text as shown, and whether it found no problem.
    QString previewText() const;
    bool previewOk() const { return previewOk_; }
    bool isPreviewing() const { return current_ != nullptr; }
    // The preview in flight (null when none): tests cancel it and watch it finish.
    BackgroundTask* previewTask() const { return current_; }

    void done(int result) override;

Q_SIGNALS:
    void previewFinished();

private:
    void schedulePreview();
    void startPreview();
    void cancelPreview();
    void showPreview(const QString& html, bool ok);

    QLineEdit *checkpoints_, *model_, *data_, *tensorboard_, *out_;
    QComboBox* loss_;
    QTextBrowser* preview_;
    QPushButton* ok_;
    QTimer* debounce_;
    BackgroundTask* current_ = nullptr; // older previews, cancelled, delete themselves when they end
    bool previewOk_ = false;
};

} // namespace ts::widgets
