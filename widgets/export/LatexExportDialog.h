#pragma once
// Asks how to export a view as LaTeX (pgfplots): its size on paper in cm, a standalone
// document or a tikzpicture to \input, and the data inline or in .dat files beside the .tex.
#include "widgets/export/PgfplotsWriter.h"

#include <QDialog>
#include <QSizeF>

class QComboBox;
class QDoubleSpinBox;

namespace ts::widgets {

class LatexExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit LatexExportDialog(QWidget* parent = nullptr);
    QSizeF sizeCm() const;
    LatexOptions options() const;

private:
    QDoubleSpinBox* width_;
    QDoubleSpinBox* height_;
    QComboBox* document_;
    QComboBox* data_;
};

} // namespace ts::widgets
