#pragma once
// File → Import: a run from checkpoints trained elsewhere (a folder or files of torch.save
// state dicts or safetensors), the TorchScript model that evaluates them, a data file and
// optional TensorBoard logs. What would be imported is previewed, on a worker thread, as the
// fields change: checkpoints and steps, parameters, splits, metrics, and every problem.
#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace ts::widgets {

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
    bool isPreviewing() const { return running_ > 0; }

Q_SIGNALS:
    void previewFinished();

private:
    void schedulePreview();
    void startPreview();
    void showPreview(int generation, const QString& html, bool ok);

    QLineEdit *checkpoints_, *model_, *data_, *tensorboard_, *out_;
    QComboBox* loss_;
    QTextBrowser* preview_;
    QPushButton* ok_;
    QTimer* debounce_;
    int generation_ = 0;
    int running_ = 0;
    bool previewOk_ = false;
    std::shared_ptr<std::atomic<bool>> alive_;
};

} // namespace ts::widgets
