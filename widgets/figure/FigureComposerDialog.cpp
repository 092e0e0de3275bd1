#include "widgets/figure/FigureComposerDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ts::widgets {

namespace {

enum Column { RunColumn, ViewColumn, OptionsColumn, TitleColumn };
const QStringList kUnits{"cm", "mm", "in", "pt"};
constexpr double kPreviewDpi = 110;

// "17.8cm" → (17.8, "cm"); the unit list's first entry where the text has none.
std::pair<double, QString> splitLength(const QString& text)
{
    static const QRegularExpression re(R"(^\s*([0-9.]+)\s*(cm|mm|in|pt)\s*$)");
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {0, kUnits.front()};
    return {m.captured(1).toDouble(), m.captured(2)};
}

QString joinLength(double value, const QString& unit) { return QString::number(value, 'g', 6) + unit; }

QComboBox* sharedCombo(QWidget* parent, const QString& name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(FigureComposerDialog::tr("no"), "none");
    box->addItem(FigureComposerDialog::tr("all panels of a view"), "all");
    box->addItem(FigureComposerDialog::tr("along each row"), "rows");
    box->addItem(FigureComposerDialog::tr("along each column"), "columns");
    return box;
}

void selectData(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    box->setCurrentIndex(std::max(0, i));
}

} // namespace

FigureComposerDialog::FigureComposerDialog(const QStringList& runs, const FigureRenderer& renderer, QWidget* parent)
    : QDialog(parent), runs_(runs), renderer_(renderer)
{
    setObjectName("figureComposerDialog");
    setWindowTitle(tr("Compose Figure"));
    lastDir_ = QDir::currentPath();

    table_ = new QTableWidget(0, 4, this);
    table_->setObjectName("figurePanels");
    table_->setHorizontalHeaderLabels({tr("Run(s)"), tr("View"), tr("Options (as for render)"), tr("Title")});
    table_->horizontalHeader()->setSectionResizeMode(OptionsColumn, QHeaderView::Stretch);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setToolTip(tr("One row per panel, filled row by row. Several runs (curves only): separate them with ';'. "
                          "Options: the flags of `trainscope render`, e.g. --metrics train_acc,test_acc --logx"));
    auto* add = new QPushButton(tr("Add Panel"), this);
    add->setObjectName("addPanel");
    auto* remove = new QPushButton(tr("Remove Panel"), this);
    remove->setObjectName("removePanel");
    connect(add, &QPushButton::clicked, this, [this] {
        FigurePanel p;
        p.runs = runs_.isEmpty() ? QStringList{QString()} : QStringList{runs_.front()};
        addPanel(p);
    });
    connect(remove, &QPushButton::clicked, this, &FigureComposerDialog::removePanel);

    auto lengthRow = [this](QDoubleSpinBox*& value, QComboBox*& unit, const QString& name) {
        value = new QDoubleSpinBox(this);
        value->setObjectName(name);
        value->setRange(0.1, 2000);
        value->setDecimals(2);
        unit = new QComboBox(this);
        unit->setObjectName(name + "Unit");
        unit->addItems(kUnits);
        auto* row = new QHBoxLayout;
        row->addWidget(value, 1);
        row->addWidget(unit);
        return row;
    };
    auto* page = new QFormLayout;
    page->addRow(tr("Width:"), lengthRow(width_, widthUnit_, "figureWidth"));
    page->addRow(tr("Height:"), lengthRow(height_, heightUnit_, "figureHeight"));
    dpi_ = new QSpinBox(this);
    dpi_->setObjectName("figureDpi");
    dpi_->setRange(36, 2400);
    page->addRow(tr("DPI (PNG):"), dpi_);
    fontFamily_ = new QFontComboBox(this);
    fontFamily_->setObjectName("figureFontFamily");
    page->addRow(tr("Font:"), fontFamily_);
    fontSize_ = new QDoubleSpinBox(this);
    fontSize_->setObjectName("figureFontSize");
    fontSize_->setRange(2, 72);
    fontSize_->setDecimals(1);
    fontSize_->setSuffix(tr(" pt"));
    page->addRow(tr("Font size:"), fontSize_);
    columns_ = new QSpinBox(this);
    columns_->setObjectName("figureColumns");
    columns_->setRange(1, 12);
    page->addRow(tr("Columns:"), columns_);
    letters_ = new QCheckBox(tr("Panel letters (a), (b), …"), this);
    letters_->setObjectName("figureLetters");
    page->addRow(QString(), letters_);
    sharedX_ = sharedCombo(this, "figureSharedX");
    page->addRow(tr("Shared x axis:"), sharedX_);
    sharedY_ = sharedCombo(this, "figureSharedY");
    page->addRow(tr("Shared y axis:"), sharedY_);

    preview_ = new QLabel(this);
    preview_->setObjectName("figurePreview");
    preview_->setAlignment(Qt::AlignCenter);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(preview_);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(420, 300);
    status_ = new QLabel(this);
    status_->setObjectName("figureStatus");
    status_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    auto* load = buttons->addButton(tr("&Load Spec…"), QDialogButtonBox::ActionRole);
    auto* save = buttons->addButton(tr("&Save Spec…"), QDialogButtonBox::ActionRole);
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(previewButton, &QPushButton::clicked, this, &FigureComposerDialog::runPreview);
    connect(load, &QPushButton::clicked, this, &FigureComposerDialog::chooseAndLoad);
    connect(save, &QPushButton::clicked, this, &FigureComposerDialog::chooseAndSave);
    connect(exportButton, &QPushButton::clicked, this, &FigureComposerDialog::chooseAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(table_, 1);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    leftLayout->addLayout(rowButtons);
    leftLayout->addLayout(page);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);
    resize(1100, 640);

    // A first figure: the open runs' curves, one panel each (up to four).
    FigureSpec start;
    for (const QString& run : runs_.mid(0, 4)) {
        FigurePanel p;
        p.runs = {run};
        start.panels << p;
    }
    setSpec(start);
}

void FigureComposerDialog::addPanel(const FigurePanel& panel)
{
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto* run = new QComboBox(table_);
    run->setEditable(true);
    run->addItems(runs_);
    run->setCurrentText(panel.runs.join(";"));
    table_->setCellWidget(row, RunColumn, run);
    auto* view = new QComboBox(table_);
    view->addItems(renderer_.views);
    if (view->findText(panel.view) < 0)
        view->addItem(panel.view);
    view->setCurrentText(panel.view);
    table_->setCellWidget(row, ViewColumn, view);
    table_->setItem(row, OptionsColumn, new QTableWidgetItem(optionsToText(panel.options)));
    table_->setItem(row, TitleColumn, new QTableWidgetItem(panel.title));
}

void FigureComposerDialog::removePanel()
{
    const int row = table_->currentRow();
    if (row >= 0)
        table_->removeRow(row);
}

QJsonObject FigureComposerDialog::optionsFromText(const QString& text, QString* error)
{
    QJsonObject options;
    const QStringList words = QProcess::splitCommand(text);
    for (int i = 0; i < words.size(); ++i) {
        if (!words[i].startsWith("--") || words[i].size() < 3) {
            if (error)
                *error = tr("options: '%1' is not an option (write --name value, or --flag)").arg(words[i]);
            return {};
        }
        QString name = words[i].mid(2), value;
        bool hasValue = false;
        if (const int eq = name.indexOf('='); eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        } else if (i + 1 < words.size() && !words[i + 1].startsWith("--")) {
            value = words[++i];
            hasValue = true;
        }
        bool number = false;
        const double v = value.toDouble(&number);
        options[name] = !hasValue ? QJsonValue(true) : number && std::isfinite(v) ? QJsonValue(v) : QJsonValue(value);
    }
    return options;
}

QString FigureComposerDialog::optionsToText(const QJsonObject& options)
{
    QStringList words;
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isBool()) {
            if (v.toBool())
                words << "--" + it.key();
            continue;
        }
        QString value = v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
        if (value.contains(' ') || value.isEmpty())
            value = '"' + value + '"';
        words << "--" + it.key() << value;
    }
    return words.join(' ');
}

bool FigureComposerDialog::readTable(FigureSpec* spec, QString* error) const
{
    spec->panels.clear();
    for (int row = 0; row < table_->rowCount(); ++row) {
        FigurePanel p;
        const QString runs = qobject_cast<QComboBox*>(table_->cellWidget(row, RunColumn))->currentText();
        for (const QString& r : runs.split(';', Qt::SkipEmptyParts))
            if (!r.trimmed().isEmpty())
                p.runs << r.trimmed();
        if (p.runs.isEmpty()) {
            *error = tr("panel %1: choose a run").arg(row + 1);
            return false;
        }
        p.view = qobject_cast<QComboBox*>(table_->cellWidget(row, ViewColumn))->currentText();
        QString e;
        const QString text = table_->item(row, OptionsColumn) ? table_->item(row, OptionsColumn)->text() : QString();
        p.options = optionsFromText(text, &e);
        if (!e.isEmpty()) {
            *error = tr("panel %1: %2").arg(row + 1).arg(e);
            return false;
        }
        p.title = table_->item(row, TitleColumn) ? table_->item(row, TitleColumn)->text() : QString();
        spec->panels << p;
    }
    if (spec->panels.isEmpty()) {
        *error = tr("add at least one panel");
        return false;
    }
    return true;
}

FigureSpec FigureComposerDialog::spec() const
{
    FigureSpec s;
    s.width = joinLength(width_->value(), widthUnit_->currentText());
    s.height = joinLength(height_->value(), heightUnit_->currentText());
    s.dpi = dpi_->value();
    s.fontFamily = fontFamily_->currentFont().family();
    s.fontSize = fontSize_->value();
    s.columns = columns_->value();
    s.letters = letters_->isChecked();
    s.sharedX = sharedX_->currentData().toString();
    s.sharedY = sharedY_->currentData().toString();
    QString error;
    readTable(&s, &error);
    return s;
}

void FigureComposerDialog::setSpec(const FigureSpec& s)
{
    const auto [w, wu] = splitLength(s.width);
    const auto [h, hu] = splitLength(s.height);
    width_->setValue(w);
    widthUnit_->setCurrentText(wu);
    height_->setValue(h);
    heightUnit_->setCurrentText(hu);
    dpi_->setValue(s.dpi);
    fontFamily_->setCurrentFont(QFont(s.fontFamily));
    fontSize_->setValue(s.fontSize);
    columns_->setValue(s.columns);
    letters_->setChecked(s.letters);
    selectData(sharedX_, s.sharedX);
    selectData(sharedY_, s.sharedY);
    table_->setRowCount(0);
    for (FigurePanel p : s.panels) {
        for (QString& r : p.runs)
            r = s.resolvedRun(r); // absolute: the table means the same files wherever it is saved
        addPanel(p);
    }
}

QString FigureComposerDialog::loadSpec(const QString& path)
{
    FigureSpec s;
    QString error;
    if (!loadFigureSpec(path, &s, &error))
        return error;
    setSpec(s);
    lastDir_ = QFileInfo(path).absolutePath();
    return {};
}

QString FigureComposerDialog::saveSpec(const QString& path)
{
    FigureSpec s = spec();
    QString error;
    if (!readTable(&s, &error))
        return error;
    // Run paths relative to the spec's folder: the spec and its runs move together.
    const QDir folder = QFileInfo(path).absoluteDir();
    for (FigurePanel& p : s.panels)
        for (QString& r : p.runs)
            if (QFileInfo(r).isAbsolute())
                r = folder.relativeFilePath(r);
    if (!saveFigureSpec(path, s, &error))
        return error;
    lastDir_ = folder.absolutePath();
    return {};
}

void FigureComposerDialog::setBusy(bool busy, const QString& message)
{
    status_->setText(message);
    if (busy)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QApplication::restoreOverrideCursor();
    setEnabled(!busy);
}

bool FigureComposerDialog::checkedSpec(FigureSpec* s, QString* error)
{
    *s = spec();
    if (!readTable(s, error))
        return false;
    if (!renderer_.valid()) {
        *error = tr("figures cannot be drawn here");
        return false;
    }
    return true;
}

std::function<void(int)> FigureComposerDialog::panelProgress(int n)
{
    return [this, n](int i) {
        status_->setText(tr("Computing panel %1 of %2…").arg(i + 1).arg(n));
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
}

QString FigureComposerDialog::exportFigure(const QString& path)
{
    FigureSpec s;
    QString error;
    if (!checkedSpec(&s, &error))
        return error;
    setBusy(true, tr("Computing the panels…"));
    const bool ok = renderer_.write(s, path, &error, panelProgress(int(s.panels.size())));
    setBusy(false, ok ? tr("Wrote %1").arg(QDir::toNativeSeparators(path)) : QString());
    return ok ? QString() : error;
}

QString FigureComposerDialog::preview()
{
    FigureSpec s;
    QString error;
    if (!checkedSpec(&s, &error))
        return error;
    setBusy(true, tr("Computing the panels…"));
    const QImage image = renderer_.preview(s, kPreviewDpi, &error, panelProgress(int(s.panels.size())));
    setBusy(false, image.isNull() ? QString() : tr("Preview at %1 dpi").arg(kPreviewDpi));
    if (image.isNull())
        return error;
    preview_->setPixmap(QPixmap::fromImage(image));
    return {};
}

void FigureComposerDialog::showError(const QString& message)
{
    status_->setText(message);
    QMessageBox::warning(this, tr("Compose Figure"), message);
}

void FigureComposerDialog::runPreview()
{
    if (const QString e = preview(); !e.isEmpty())
        showError(e);
}

void FigureComposerDialog::chooseAndLoad()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load Figure Spec"), lastDir_, tr("Figure spec (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString e = loadSpec(path); !e.isEmpty())
        showError(e);
    else
        status_->setText(tr("Loaded %1").arg(QDir::toNativeSeparators(path)));
}

void FigureComposerDialog::chooseAndSave()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Figure Spec"), lastDir_ + "/figure.json",
                                                tr("Figure spec (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += ".json";
    if (const QString e = saveSpec(path); !e.isEmpty())
        showError(e);
    else
        status_->setText(tr("Saved %1; write the figure with: trainscope figure %2 --out FIG.pdf")
                             .arg(QDir::toNativeSeparators(path), QFileInfo(path).fileName()));
}

void FigureComposerDialog::chooseAndExport()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Figure"), lastDir_ + "/figure.pdf",
                                                "PDF (*.pdf);;SVG (*.svg);;PNG (*.png);;LaTeX (*.tex)", &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.startsWith("SVG")   ? ".svg"
                : selected.startsWith("PNG") ? ".png"
                : selected.startsWith("LaTeX") ? ".tex"
                                               : ".pdf";
    if (const QString e = exportFigure(path); !e.isEmpty())
        showError(e);
}

} // namespace ts::widgets
