#include "widgets/export/ExportOptionsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ts::widgets {

ExportOptionsDialog::ExportOptionsDialog(bool showDpi, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Export options"));
    auto spin = [this](int lo, int hi, int value, const QString& suffix) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        s->setValue(value);
        s->setSuffix(suffix);
        return s;
    };
    QSettings settings;
    width_ = spin(16, 20000, settings.value("export/width", 1600).toInt(), tr(" px"));
    height_ = spin(16, 20000, settings.value("export/height", 1000).toInt(), tr(" px"));
    dpi_ = spin(36, 2400, settings.value("export/dpi", 300).toInt(), tr(" dpi"));
    auto* form = new QFormLayout;
    form->addRow(tr("Width"), width_);
    form->addRow(tr("Height"), height_);
    if (showDpi)
        form->addRow(tr("Resolution"), dpi_);
    else
        dpi_->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue("export/width", width_->value());
        s.setValue("export/height", height_->value());
        s.setValue("export/dpi", dpi_->value());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QSize ExportOptionsDialog::pixelSize() const { return {width_->value(), height_->value()}; }
int ExportOptionsDialog::dpi() const { return dpi_->value(); }
void ExportOptionsDialog::setPixelSize(QSize size)
{
    width_->setValue(size.width());
    height_->setValue(size.height());
}
void ExportOptionsDialog::setDpi(int dpi) { dpi_->setValue(dpi); }

} // namespace ts::widgets
