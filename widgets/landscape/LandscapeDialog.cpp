#include "widgets/landscape/LandscapeDialog.h"

#include "widgets/analysis/BatchNormChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ts::widgets {

LandscapeDialog::LandscapeDialog(const QVector<RunCheckpoints>& runs, QWidget* parent) : QDialog(parent), runs_(runs)
{
    setWindowTitle(tr("Loss landscape"));
    setObjectName("landscapeDialog");
    auto combo = [this](const char* name) {
        auto* c = new QComboBox(this);
        c->setObjectName(name);
        return c;
    };
    run_ = combo("run");
    for (const auto& r : runs_)
        run_->addItem(r.name, r.path);
    centre_ = combo("centre");
    kind_ = combo("directions");
    kind_->addItem(tr("Random, filter-normalised (Li et al.)"), "random");
    kind_->addItem(tr("PCA of the training trajectory"), "pca");
    kind_->addItem(tr("Line through two checkpoints"), "line");
    kind_->addItem(tr("Plane through three checkpoints"), "plane");
    kind_->addItem(tr("From a direction file (loss-landscape layout)"), "file");
    kind_->addItem(tr("Task vectors of other runs (merge landscape)"), "task");
    norm_ = combo("normalisation");
    norm_->addItem(tr("Filter"), "filter");
    norm_->addItem(tr("Layer"), "layer");
    norm_->addItem(tr("None"), "none");
    biases_ = new QCheckBox(tr("Include biases (normalised)"), this);
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1 << 30);
    stepA_ = combo("stepA");
    stepB_ = combo("stepB");
    stepC_ = combo("stepC");
    // Task vectors: runs fine-tuned from the centre checkpoint (any other open run).
    taskA_ = combo("taskA");
    taskB_ = combo("taskB");
    for (const auto& r : runs_) {
        taskA_->addItem(r.name, r.path);
        taskB_->addItem(r.name, r.path);
    }
    file_ = new QLineEdit(this);
    file_->setObjectName("directionFile");
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse);

    nx_ = new QSpinBox(this);
    ny_ = new QSpinBox(this);
    for (auto* s : {nx_, ny_}) {
        s->setRange(2, 1001);
        s->setValue(31);
    }
    oneD_ = new QCheckBox(tr("1-D slice"), this);
    auto* gridRow = new QHBoxLayout;
    gridRow->addWidget(nx_);
    gridRow->addWidget(new QLabel("×", this));
    gridRow->addWidget(ny_);
    gridRow->addWidget(oneD_);
    xmin_ = new QDoubleSpinBox(this);
    xmax_ = new QDoubleSpinBox(this);
    ymin_ = new QDoubleSpinBox(this);
    ymax_ = new QDoubleSpinBox(this);
    for (auto* s : {xmin_, xmax_, ymin_, ymax_}) {
        s->setRange(-1000, 1000);
        s->setDecimals(3);
        s->setSingleStep(0.25);
    }
    xmin_->setValue(-1);
    xmax_->setValue(1);
    ymin_->setValue(-1);
    ymax_->setValue(1);
    auto* xRow = new QHBoxLayout;
    xRow->addWidget(xmin_);
    xRow->addWidget(new QLabel(tr("to"), this));
    xRow->addWidget(xmax_);
    auto* yRow = new QHBoxLayout;
    yRow->addWidget(ymin_);
    yRow->addWidget(new QLabel(tr("to"), this));
    yRow->addWidget(ymax_);
    fit_ = new QCheckBox(tr("Fit the ranges to the training trajectory"), this);
    fit_->setObjectName("fitTrajectory");
    split_ = combo("split");
    split_->addItem(tr("train"), "train");
    split_->addItem(tr("test"), "test");
    subset_ = new QSpinBox(this);
    subset_->setRange(0, 100000000);
    subset_->setSpecialValueText(tr("all samples"));
    batches_ = new QSpinBox(this);
    batches_->setObjectName("batches");
    batches_->setRange(1, 1000);
    batches_->setSpecialValueText(tr("one surface of all samples"));
    batches_->setToolTip(tr("Compute the surface on K disjoint batches of the samples: their mean and a map of "
                            "their standard deviation"));

    problem_ = new QLabel(this);
    problem_->setObjectName("problem");
    problem_->setStyleSheet("color: #d03030");
    problem_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Compute"));

    auto* form = new QFormLayout;
    form->addRow(tr("Run"), run_);
    form->addRow(tr("Centre checkpoint"), centre_);
    form->addRow(tr("Directions"), kind_);
    form->addRow(tr("Normalisation"), norm_);
    form->addRow(QString(), biases_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Checkpoint A"), stepA_);
    form->addRow(tr("Checkpoint B"), stepB_);
    form->addRow(tr("Checkpoint C"), stepC_);
    form->addRow(tr("Direction file"), fileRow);
    form->addRow(tr("Task run A (x = λ₁)"), taskA_);
    form->addRow(tr("Task run B (y = λ₂)"), taskB_);
    form->addRow(tr("Grid"), gridRow);
    form->addRow(tr("x range"), xRow);
    form->addRow(tr("y range"), yRow);
    form->addRow(QString(), fit_);
    form->addRow(tr("Data split"), split_);
    form->addRow(tr("Samples"), subset_);
    form->addRow(tr("Batches"), batches_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    batchNorm_ = new BatchNormChoice({"keep", "recompute"}, this);
    layout->addWidget(batchNorm_);
    layout->addWidget(problem_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(run_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { fillSteps(); });
    connect(kind_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { updateEnabled(); });
    connect(oneD_, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    connect(fit_, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    // PCA directions are unit vectors: a fixed range rarely shows the path, so fit by default.
    connect(kind_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { fit_->setChecked(kind_->currentData().toString() == "pca"); });
    // Task vectors: 0 is the base, 1 a whole task vector; show a little beyond both.
    connect(kind_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (kind_->currentData().toString() == "task")
            setRange(-0.5, 1.5, -0.5, 1.5);
    });
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Direction file"), QString(), tr("HDF5 files (*.h5 *.hdf5)"));
        if (!path.isEmpty())
            file_->setText(path);
    });
    for (auto* c : {centre_, stepA_, stepB_, stepC_, taskA_, taskB_})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { validate(); });
    for (auto* s : {xmin_, xmax_, ymin_, ymax_})
        connect(s, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this] { validate(); });
    connect(file_, &QLineEdit::textChanged, this, [this] { validate(); });
    fillSteps();
}

void LandscapeDialog::fillSteps()
{
    const int r = run_->currentIndex();
    for (auto* c : {centre_, stepA_, stepB_, stepC_}) {
        const QSignalBlocker block(c);
        c->clear();
        if (r >= 0)
            for (qint64 s : runs_[r].steps)
                c->addItem(QString::number(s), s);
    }
    const int last = centre_->count() - 1;
    centre_->setCurrentIndex(last);
    stepA_->setCurrentIndex(0);
    stepB_->setCurrentIndex(last);
    stepC_->setCurrentIndex(std::max(0, last / 2));
    // Task runs: by default the first two open runs other than the base.
    int chosen = 0;
    for (int i = 0; i < taskA_->count() && chosen < 2; ++i)
        if (i != r)
            (chosen++ == 0 ? taskA_ : taskB_)->setCurrentIndex(i);
    updateEnabled();
}

void LandscapeDialog::updateEnabled()
{
    const QString kind = kind_->currentData().toString();
    const bool random = kind == "random";
    norm_->setEnabled(random);
    biases_->setEnabled(random);
    seed_->setEnabled(random);
    stepA_->setEnabled(kind == "line" || kind == "plane");
    stepB_->setEnabled(kind == "line" || kind == "plane");
    stepC_->setEnabled(kind == "plane" && !oneD_->isChecked());
    centre_->setEnabled(kind != "line" && kind != "plane"); // through checkpoints: centred on A
    file_->setEnabled(kind == "file");
    taskA_->setEnabled(kind == "task");
    taskB_->setEnabled(kind == "task" && !oneD_->isChecked());
    ny_->setEnabled(!oneD_->isChecked());
    xmin_->setEnabled(!fit_->isChecked());
    xmax_->setEnabled(!fit_->isChecked());
    ymin_->setEnabled(!oneD_->isChecked() && !fit_->isChecked());
    ymax_->setEnabled(!oneD_->isChecked() && !fit_->isChecked());
    validate();
}

QString LandscapeDialog::problem() const
{
    if (run_->count() == 0)
        return tr("Open a run with checkpoints first.");
    if (centre_->count() == 0)
        return tr("The run has no checkpoints yet.");
    const QString kind = kind_->currentData().toString();
    if (kind == "pca" && centre_->count() < 3)
        return tr("PCA of the trajectory needs at least three checkpoints.");
    if ((kind == "line" || kind == "plane") && stepA_->currentIndex() == stepB_->currentIndex())
        return tr("Checkpoints A and B must differ.");
    if (kind == "plane" && !oneD_->isChecked() &&
        (stepC_->currentIndex() == stepA_->currentIndex() || stepC_->currentIndex() == stepB_->currentIndex()))
        return tr("Checkpoint C must differ from A and B.");
    if (kind == "task" && (taskA_->currentData() == run_->currentData() ||
                           (!oneD_->isChecked() && taskB_->currentData() == run_->currentData())))
        return tr("Task vectors come from other runs than the base run: open the fine-tuned runs too.");
    if (kind == "task" && !oneD_->isChecked() && taskA_->currentIndex() == taskB_->currentIndex())
        return tr("Task runs A and B must differ.");
    if (kind == "file" && !QFileInfo(file_->text()).isFile())
        return tr("Choose an existing direction file.");
    if (fit_->isChecked())
        return {};
    if (!(xmin_->value() < xmax_->value()))
        return tr("The x range is empty: its start must be below its end.");
    if (!oneD_->isChecked() && !(ymin_->value() < ymax_->value()))
        return tr("The y range is empty: its start must be below its end.");
    return {};
}

void LandscapeDialog::validate()
{
    const QString p = problem();
    problem_->setText(p);
    ok_->setEnabled(p.isEmpty());
}

QString LandscapeDialog::run() const { return run_->currentData().toString(); }

ts::LandscapeSpec LandscapeDialog::spec() const
{
    ts::LandscapeSpec s;
    const QString kind = kind_->currentData().toString();
    const bool oneD = oneD_->isChecked();
    qint64 centre = centre_->currentData().toLongLong();
    QString directions;
    if (kind == "random" || kind == "pca") {
        directions = kind;
    } else if (kind == "line" || (kind == "plane" && oneD)) {
        directions = QString("ckpt:%1,%2").arg(stepA_->currentData().toLongLong()).arg(stepB_->currentData().toLongLong());
        centre = stepA_->currentData().toLongLong();
    } else if (kind == "plane") {
        directions = QString("ckpt:%1,%2,%3")
                         .arg(stepA_->currentData().toLongLong())
                         .arg(stepB_->currentData().toLongLong())
                         .arg(stepC_->currentData().toLongLong());
        centre = stepA_->currentData().toLongLong();
    } else if (kind == "task") {
        directions = "task:" + taskA_->currentData().toString();
        if (!oneD)
            directions += "," + taskB_->currentData().toString();
    } else {
        directions = "file:" + file_->text();
    }
    s.checkpoint = std::to_string(centre);
    s.directions = directions.toStdString();
    s.random.norm = ts::directionNormFromName(norm_->currentData().toString().toStdString());
    s.random.includeBiases = biases_->isChecked();
    s.random.seed = uint64_t(seed_->value());
    s.nx = nx_->value();
    s.ny = oneD ? 0 : ny_->value();
    s.xmin = xmin_->value();
    s.xmax = xmax_->value();
    s.ymin = ymin_->value();
    s.ymax = ymax_->value();
    s.autoRange = fit_->isChecked();
    s.split = split_->currentData().toString().toStdString();
    s.subset = subset_->value();
    s.batches = batches_->value() >= 2 ? batches_->value() : 0;
    s.bn = batchNorm_->statistics().toStdString();
    s.trainMode = batchNorm_->trainMode();
    return s;
}

void LandscapeDialog::setDirections(const QString& kind) { kind_->setCurrentIndex(std::max(0, kind_->findData(kind))); }

void LandscapeDialog::setCheckpointEnds(int a, int b, int c)
{
    stepA_->setCurrentIndex(a);
    stepB_->setCurrentIndex(b);
    if (c >= 0)
        stepC_->setCurrentIndex(c);
}

void LandscapeDialog::setDirectionFile(const QString& path) { file_->setText(path); }

void LandscapeDialog::setTaskRuns(int runA, int runB)
{
    taskA_->setCurrentIndex(runA);
    taskB_->setCurrentIndex(runB);
}

void LandscapeDialog::setGrid(int nx, int ny, bool oneD)
{
    nx_->setValue(nx);
    ny_->setValue(ny);
    oneD_->setChecked(oneD);
}

void LandscapeDialog::setRange(double xmin, double xmax, double ymin, double ymax)
{
    xmin_->setValue(xmin);
    xmax_->setValue(xmax);
    ymin_->setValue(ymin);
    ymax_->setValue(ymax);
}

void LandscapeDialog::setSplit(const QString& split) { split_->setCurrentIndex(std::max(0, split_->findData(split))); }

void LandscapeDialog::setBatches(int batches) { batches_->setValue(batches); }

} // namespace ts::widgets
