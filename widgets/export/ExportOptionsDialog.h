#pragma once
// Asks for an export's size in pixels and (for raster and PDF) its resolution in DPI.
#include <QDialog>
#include <QSize>

class QSpinBox;

namespace ts::widgets {

class ExportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportOptionsDialog(bool showDpi, QWidget* parent = nullptr);
    QSize pixelSize() const;
    int dpi() const;
    void setPixelSize(QSize size);
    void setDpi(int dpi);

private:
    QSpinBox* width_;
    QSpinBox* height_;
    QSpinBox* dpi_;
};

} // namespace ts::widgets
