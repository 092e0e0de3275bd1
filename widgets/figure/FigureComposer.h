#pragma once
// Lays the panels of a FigureSpec out on one page of its physical size and writes it: PDF
// (the exact page, fonts embedded as subsets), SVG or PNG (physical size × DPI pixels).
// Every panel gets the spec's font, a letter (a), (b), … and, where the spec asks, the same
// x or y range as the other panels of its view (repeated axis titles hidden). Charts are
// painted through their scenes (FigureExporter), so PDF and SVG stay vector.
#include "widgets/figure/FigureSpec.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QPainter;
class QWidget;
QT_END_NAMESPACE

namespace ts::widgets {

class FigureComposer {
public:
    // panels: one view per spec.panels entry, in order; not owned, and restyled (font, size,
    // ranges) for the figure.
    FigureComposer(const FigureSpec& spec, std::vector<QWidget*> panels);

    // The page in the logical pixels of the screen's DPI (the unit the panels are laid out in).
    QSizeF logicalSize() const;
    // The page at `dpi`, in pixels.
    QSize pixelSize(double dpi) const;
    // A panel's place on the page (logical pixels), below its letter and title band.
    QRectF panelRect(int index) const;

    QImage toImage(double dpi);
    bool savePng(const QString& path);
    bool saveSvg(const QString& path);
    bool savePdf(const QString& path);
    // By the path's suffix: .pdf, .svg or .png.
    bool save(const QString& path);
    QString errorString() const { return error_; }

private:
    QRectF cellRect(int index, const QSizeF& page) const;
    double bandHeight() const;
    void prepare(const QSizeF& page);
    void shareAxes();
    void paint(QPainter& painter, const QSizeF& page, double dpi);
    bool fail(const QString& message);

    FigureSpec spec_;
    std::vector<QWidget*> panels_;
    QSizeF prepared_;
    QString error_;
};

} // namespace ts::widgets
