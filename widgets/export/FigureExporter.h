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

namespace ts {

class FigureExporter {
public:
    explicit FigureExporter(QWidget* source); // a QChartView exports its chart
    explicit FigureExporter(QChart* chart);

    void setPixelSize(const QSize& size) { m_pixelSize = size; }
    QSize pixelSize() const { return m_pixelSize; }
    void setDpi(double dpi) { m_dpi = dpi > 0 ? dpi : 96.0; }
    double dpi() const { return m_dpi; }
    void setTitle(const QString& title) { m_title = title; } // SVG/PDF document title

    QImage toImage();
    bool savePng(const QString& path);
    bool saveSvg(const QString& path);
    bool savePdf(const QString& path);
    bool copyToClipboard();
    QString errorString() const { return m_error; }

private:
    // Paints the figure into [0, logical) of the painter's current coordinates.
    void paint(QPainter& painter, const QSizeF& logical);
    // Device pixels per logical pixel at the requested DPI.
    double scale() const;
    QSizeF logicalSize() const;
    QColor background() const;
    bool fail(const QString& message);

    QPointer<QWidget> m_widget;
    QChart* m_chart = nullptr;
    QSize m_pixelSize{1600, 1000};
    double m_dpi = 300.0;
    QString m_title;
    QString m_error;
};

} // namespace ts
