#include "widgets/grokking/TicketsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace ts::widgets {

TicketsDialog::TicketsDialog(const QStringList& runPaths, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Grokking tickets"));
    setObjectName("ticketsDialog");
    run_ = new QComboBox(this);
    for (const auto& p : runPaths)
        run_->addItem(QFileInfo(p).fileName(), p);
    keep_ = new QDoubleSpinBox(this);
    keep_->setRange(0.01, 1.0);
    keep_->setSingleStep(0.05);
    keep_->setValue(0.4);
    controls_ = new QCheckBox(tr("Also train the controls (mask at memorisation, random mask)"), this);
    controls_->setChecked(true);
    auto* note = new QLabel(tr("Prunes the last checkpoint by |w| (one global threshold), rewinds the kept weights "
                               "to initialisation and retrains with the run's settings."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!runPaths.isEmpty());
    auto* form = new QFormLayout(this);
    form->addRow(tr("Dense run"), run_);
    form->addRow(tr("Fraction kept"), keep_);
    form->addRow(controls_);
    form->addRow(note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString TicketsDialog::run() const { return run_->currentData().toString(); }
double TicketsDialog::keep() const { return keep_->value(); }
bool TicketsDialog::controls() const { return controls_->isChecked(); }
void TicketsDialog::setKeep(double keep) { keep_->setValue(keep); }
void TicketsDialog::setControls(bool on) { controls_->setChecked(on); }

} // namespace ts::widgets
