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

namespace ts {

namespace {

constexpr double kMetersPerInch = 0.0254;

// The DPI that the chart's layout and its point-sized fonts were measured at. Painting on a
// device of another logical DPI would resize the text but not the layout around it.
double screenDpi() {
    const QScreen* s = QGuiApplication::primaryScreen();
    return s ? s->logicalDotsPerInchY() : 96.0;
}

QString tr(const char* text) { return QCoreApplication::translate("FigureExporter", text); }

} // namespace

FigureExporter::FigureExporter(QWidget* source) : m_widget(source) {
    if (auto* view = qobject_cast<QChartView*>(source)) m_chart = view->chart();
}

FigureExporter::FigureExporter(QChart* chart) : m_chart(chart) {}

double FigureExporter::scale() const { return m_dpi / screenDpi(); }

QSizeF FigureExporter::logicalSize() const { return QSizeF(m_pixelSize) / scale(); }

QColor FigureExporter::background() const {
    if (m_chart) { // a theme's background is a gradient, whose brush colour is black
        const QBrush brush = m_chart->backgroundBrush();
        if (brush.gradient() && !brush.gradient()->stops().isEmpty())
            return brush.gradient()->stops().first().second;
        return brush.color();
    }
    if (m_widget) return m_widget->palette().color(m_widget->backgroundRole());
    return Qt::white;
}

bool FigureExporter::fail(const QString& message) {
    m_error = message;
    return false;
}

void FigureExporter::paint(QPainter& p, const QSizeF& logical) {
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                     QPainter::SmoothPixmapTransform);
    const QRectF target(QPointF(), logical);
    p.fillRect(target, background());
    if (!m_chart) {
        if (!m_widget || m_widget->width() <= 0 || m_widget->height() <= 0) return;
        // A plain widget has one layout, its own: render it stretched to the figure.
        p.save();
        p.scale(logical.width() / m_widget->width(), logical.height() / m_widget->height());
        m_widget->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.restore();
        return;
    }

    auto* curveView = qobject_cast<CurveChartView*>(m_widget.data());
    if (curveView) curveView->beginExport(scale()); // decimate for the figure's pixels
    std::unique_ptr<QGraphicsScene> ownScene; // a chart outside any view still needs a scene
    QGraphicsScene* scene = m_chart->scene();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(m_chart);
        scene = ownScene.get();
    }

    const QRectF oldGeometry = m_chart->geometry();
    const auto relayout = [this](const QRectF& geometry) {
        m_chart->setGeometry(geometry);
        if (QGraphicsLayout* l = m_chart->layout()) { // now, not on the next event loop pass
            l->invalidate();
            l->activate();
        }
    };
    relayout(QRectF(oldGeometry.topLeft(), logical));
    scene->render(&p, target, QRectF(m_chart->mapToScene(QPointF()), logical),
                  Qt::IgnoreAspectRatio);
    relayout(oldGeometry);

    if (ownScene) ownScene->removeItem(m_chart);
    if (curveView) curveView->endExport();
}

QImage FigureExporter::toImage() {
    if (m_pixelSize.isEmpty()) return {};
    QImage image(m_pixelSize, QImage::Format_ARGB32_Premultiplied);
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
    const int dpm = int(std::lround(m_dpi / kMetersPerInch));
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
    if (m_pixelSize.isEmpty()) return fail(tr("The figure size is empty."));
    // viewBox in figure pixels; width/height (written in mm from size and resolution) give
    // the physical size pixelSize / dpi.
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setTitle(m_title.isEmpty() && m_chart ? m_chart->title() : m_title);
    svg.setDescription(tr("Created by TrainScope"));
    svg.setResolution(int(std::lround(screenDpi())));
    svg.setSize(logicalSize().toSize());
    svg.setViewBox(QRectF(QPointF(), QSizeF(m_pixelSize)));
    QPainter p;
    if (!p.begin(&svg)) return fail(tr("Cannot write %1.").arg(path));
    p.scale(scale(), scale());
    paint(p, logicalSize());
    if (!p.end()) return fail(tr("Cannot write %1.").arg(path));
    return true;
}

bool FigureExporter::savePdf(const QString& path) {
    if (m_pixelSize.isEmpty()) return fail(tr("The figure size is empty."));
    QPdfWriter pdf(path);
    pdf.setTitle(m_title.isEmpty() && m_chart ? m_chart->title() : m_title);
    pdf.setCreator(tr("TrainScope"));
    // Lines and text stay vector (fonts are embedded as subsets), so the resolution is only
    // the unit of the painter's coordinates: the screen DPI keeps fonts and layout in step.
    // The page is the figure: pixelSize / dpi inches.
    pdf.setResolution(int(std::lround(screenDpi())));
    const QSizeF inches = QSizeF(m_pixelSize) / m_dpi;
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

} // namespace ts
