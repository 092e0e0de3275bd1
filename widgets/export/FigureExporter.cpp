#include "widgets/export/FigureExporter.h"

#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgGenerator>
#include <QWidget>
#include <cmath>
#include <memory>

#include "widgets/charts/CurveChartView.h"

namespace ts::widgets {

namespace {

constexpr double kMetersPerInch = 0.0254;

// The DPI that the chart's layout and its point-sized fonts were measured at. Painting on a
// device of another logical DPI would resize the text but not the layout around it.
double screenDpi() {
    const QScreen* s = QGuiApplication::primaryScreen();
    return s ? s->logicalDotsPerInchY() : 96.0;
}

// The context lupdate files these strings under (the class's qualified name): with a shorter
// one the translations would never be found at run time.
QString tr(const char* text) { return QCoreApplication::translate("ts::widgets::FigureExporter", text); }

} // namespace

FigureExporter::FigureExporter(QWidget* source) : widget_(source) {
    if (auto* view = qobject_cast<QChartView*>(source)) chart_ = view->chart();
}

FigureExporter::FigureExporter(QChart* chart) : chart_(chart) {}

double FigureExporter::scale() const { return dpi_ / screenDpi(); }

QSizeF FigureExporter::logicalSize() const { return QSizeF(pixelSize_) / scale(); }

QColor FigureExporter::background() const {
    if (chart_) { // a theme's background is a gradient, whose brush colour is black
        const QBrush brush = chart_->backgroundBrush();
        if (brush.gradient() && !brush.gradient()->stops().isEmpty())
            return brush.gradient()->stops().first().second;
        return brush.color();
    }
    if (widget_) return widget_->palette().color(widget_->backgroundRole());
    return Qt::white;
}

bool FigureExporter::fail(const QString& message) {
    error_ = message;
    return false;
}

void FigureExporter::paint(QPainter& p, const QSizeF& logical) {
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                     QPainter::SmoothPixmapTransform);
    const QRectF target(QPointF(), logical);
    p.fillRect(target, background());
    if (!chart_) {
        if (!widget_ || widget_->width() <= 0 || widget_->height() <= 0) return;
        // A view never shown (a headless figure) has not been laid out at its size: nested
        // layouts, scroll areas and reflowing grids settle only when shown. Show it without
        // putting it on screen, and let the layout requests that causes run first.
        const bool neverShown = widget_->isWindow() && !widget_->isVisible();
        if (neverShown) {
            widget_->setAttribute(Qt::WA_DontShowOnScreen);
            widget_->show();
        }
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // A plain widget has one layout, its own: render it stretched to the figure.
        p.save();
        p.scale(logical.width() / widget_->width(), logical.height() / widget_->height());
        widget_->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.restore();
        if (neverShown)
            widget_->hide();
        return;
    }

    auto* curveView = qobject_cast<CurveChartView*>(widget_.data());
    if (curveView) curveView->beginExport(scale()); // decimate for the figure's pixels
    std::unique_ptr<QGraphicsScene> ownScene; // a chart outside any view still needs a scene
    QGraphicsScene* scene = chart_->scene();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart_);
        scene = ownScene.get();
    }

    const QRectF oldGeometry = chart_->geometry();
    const auto relayout = [this](const QRectF& geometry) {
        chart_->setGeometry(geometry);
        if (QGraphicsLayout* l = chart_->layout()) { // now, not on the next event loop pass
            l->invalidate();
            l->activate();
        }
    };
    relayout(QRectF(oldGeometry.topLeft(), logical));
    scene->render(&p, target, QRectF(chart_->mapToScene(QPointF()), logical),
                  Qt::IgnoreAspectRatio);
    relayout(oldGeometry);

    if (ownScene) ownScene->removeItem(chart_);
    if (curveView) curveView->endExport();
}

QImage FigureExporter::toImage() {
    if (pixelSize_.isEmpty()) return {};
    QImage image(pixelSize_, QImage::Format_ARGB32_Premultiplied);
    // Paint at the screen's DPI (see screenDpi), then record the figure's DPI in the image.
    const int screenDpm = int(std::lround(screenDpi() / kMetersPerInch));
    image.setDotsPerMeterX(screenDpm);
    image.setDotsPerMeterY(screenDpm);
    image.fill(background());
    {
        QPainter p(&image);
        p.scale(scale(), scale());
        paint(p, logicalSize());
    }
    const int dpm = int(std::lround(dpi_ / kMetersPerInch));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

bool FigureExporter::savePng(const QString& path) {
    const QImage image = toImage();
    if (image.isNull()) return fail(tr("The figure size is empty."));
    if (!image.save(path, "PNG")) return fail(tr("Cannot write %1.").arg(path));
    return true;
}

bool FigureExporter::saveSvg(const QString& path) {
    if (pixelSize_.isEmpty()) return fail(tr("The figure size is empty."));
    // viewBox in figure pixels; width/height (written in mm from size and resolution) give
    // the physical size pixelSize / dpi.
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setTitle(title_.isEmpty() && chart_ ? chart_->title() : title_);
    svg.setDescription(tr("Created by TrainScope"));
    svg.setResolution(int(std::lround(screenDpi())));
    svg.setSize(logicalSize().toSize());
    svg.setViewBox(QRectF(QPointF(), QSizeF(pixelSize_)));
    QPainter p;
    if (!p.begin(&svg)) return fail(tr("Cannot write %1.").arg(path));
    p.scale(scale(), scale());
    paint(p, logicalSize());
    if (!p.end()) return fail(tr("Cannot write %1.").arg(path));
    return true;
}

bool FigureExporter::savePdf(const QString& path) {
    if (pixelSize_.isEmpty()) return fail(tr("The figure size is empty."));
    QPdfWriter pdf(path);
    pdf.setTitle(title_.isEmpty() && chart_ ? chart_->title() : title_);
    pdf.setCreator(tr("TrainScope"));
    // Lines and text stay vector (fonts are embedded as subsets), so the resolution is only
    // the unit of the painter's coordinates: the screen DPI keeps fonts and layout in step.
    // The page is the figure: pixelSize / dpi inches.
    pdf.setResolution(int(std::lround(screenDpi())));
    const QSizeF inches = QSizeF(pixelSize_) / dpi_;
    pdf.setPageLayout(QPageLayout(QPageSize(inches, QPageSize::Inch, QString(),
                                            QPageSize::ExactMatch),
                                  QPageLayout::Portrait, QMarginsF()));
    QPainter p;
    if (!p.begin(&pdf)) return fail(tr("Cannot write %1.").arg(path));
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    paint(p, QSizeF(page.size()));
    if (!p.end()) return fail(tr("Cannot write %1.").arg(path));
    return true;
}

bool FigureExporter::copyToClipboard() {
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard) return fail(tr("There is no clipboard."));
    const QImage image = toImage();
    if (image.isNull()) return fail(tr("The figure size is empty."));
    clipboard->setImage(image);
    return true;
}

} // namespace ts::widgets
