#include "widgets/export/LatexExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSettings>
#include <QVBoxLayout>

namespace ts::widgets {

LatexExportDialog::LatexExportDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("LaTeX export options"));
    QSettings settings;
    auto spin = [this](double value) {
        auto* s = new QDoubleSpinBox(this);
        s->setRange(2.0, 60.0);
        s->setDecimals(1);
        s->setSingleStep(0.5);
        s->setSuffix(tr(" cm"));
        s->setValue(value);
        return s;
    };
    // A column of a two-column paper is about 8.5 cm wide.
    width_ = spin(settings.value("export/texWidth", 8.5).toDouble());
    height_ = spin(settings.value("export/texHeight", 6.0).toDouble());
    document_ = new QComboBox(this);
    document_->addItem(tr("Standalone document (compiles with pdflatex)"));
    document_->addItem(tr("tikzpicture to \\input into a paper"));
    document_->setCurrentIndex(settings.value("export/texDocument", 0).toInt());
    data_ = new QComboBox(this);
    data_->addItem(tr("Inline in the .tex file"));
    data_->addItem(tr("In .dat files beside the .tex file"));
    data_->setCurrentIndex(settings.value("export/texData", 0).toInt());
    auto* form = new QFormLayout;
    form->addRow(tr("Width"), width_);
    form->addRow(tr("Height"), height_);
    form->addRow(tr("Document"), document_);
    form->addRow(tr("Data"), data_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue("export/texWidth", width_->value());
        s.setValue("export/texHeight", height_->value());
        s.setValue("export/texDocument", document_->currentIndex());
        s.setValue("export/texData", data_->currentIndex());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QSizeF LatexExportDialog::sizeCm() const { return {width_->value(), height_->value()}; }

LatexOptions LatexExportDialog::options() const
{
    LatexOptions o;
    o.standalone = document_->currentIndex() == 0;
    o.sidecarData = data_->currentIndex() == 1;
    return o;
}

} // namespace ts::widgets
