#pragma once
// Exports a chart (or any widget) as a figure: PNG at a chosen pixel size and DPI, SVG, PDF,
// or an image on the clipboard. A chart is laid out afresh at the figure's size, not
// screenshotted: at pixelSize / (dpi / screen dpi) logical pixels, then painted scaled up, so
// its text keeps the same physical size on a 300-dpi figure as on screen.
#include <QColor>
#include <QImage>
#include <QPointer>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QWidget;
QT_END_NAMESPACE

namespace ts::widgets {

class FigureExporter {
public:
    explicit FigureExporter(QWidget* source); // a QChartView exports its chart
    explicit FigureExporter(QChart* chart);

    void setPixelSize(const QSize& size) { pixelSize_ = size; }
    QSize pixelSize() const { return pixelSize_; }
    void setDpi(double dpi) { dpi_ = dpi > 0 ? dpi : 96.0; }
    double dpi() const { return dpi_; }
    void setTitle(const QString& title) { title_ = title; } // SVG/PDF document title

    QImage toImage();
    bool savePng(const QString& path);
    bool saveSvg(const QString& path);
    bool savePdf(const QString& path);
    bool copyToClipboard();
    QString errorString() const { return error_; }
    // Paints the figure into [0, logical) of the painter's current coordinates (logical
    // pixels at the screen's DPI; dpi() sets how finely curves are decimated). Public for the
    // figure composer, which paints several charts on one page.
    void paint(QPainter& painter, const QSizeF& logical);

private:
    // Device pixels per logical pixel at the requested DPI.
    double scale() const;
    QSizeF logicalSize() const;
    QColor background() const;
    bool fail(const QString& message);

    QPointer<QWidget> widget_;
    QChart* chart_ = nullptr;
    QSize pixelSize_{1600, 1000};
    double dpi_ = 300.0;
    QString title_;
    QString error_;
};

} // namespace ts::widgets
