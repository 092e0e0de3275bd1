#include "app/render/FigureRendering.h"

#include "app/render/ViewFactory.h"
#include "app/render/ViewOptions.h"
#include "widgets/export/ChartExport.h"
#include "widgets/export/LatexFigures.h"
#include "widgets/figure/FigureComposer.h"

#include <QFileInfo>
#include <QWidget>

#include <cmath>

namespace ts::app {

bool makeFigureViews(const widgets::FigureSpec& spec, std::vector<std::unique_ptr<QWidget>>* views, QString* error,
                     const std::function<void(int)>& progress)
{
    const widgets::FigureComposer layout(spec, {});
    const double dpi = spec.dpi;
    const double toPixels = dpi / (layout.logicalSize().width() / spec.sizeInPoints().width() * 72.0);
    views->clear();
    // Every panel checked before any is computed: a typo in the last one costs no analysis.
    for (int i = 0; i < spec.panels.size(); ++i)
        if (const QString e = checkPanel(spec.panels[i], spec); !e.isEmpty()) {
            if (error)
                *error = QString("panels[%1] (%2): %3").arg(i).arg(spec.panels[i].view, e);
            return false;
        }
    for (int i = 0; i < spec.panels.size(); ++i) {
        if (progress)
            progress(i);
        const QSizeF logical = layout.panelRect(i).size();
        const QSize pixels(std::max(16, int(std::lround(logical.width() * toPixels))),
                           std::max(16, int(std::lround(logical.height() * toPixels))));
        QString e;
        auto view = makeFigureView(spec.panels[i], spec, pixels, spec.dpi, &e);
        if (!view) {
            if (error)
                *error = QString("panels[%1] (%2): %3").arg(i).arg(spec.panels[i].view, e);
            views->clear();
            return false;
        }
        views->push_back(std::move(view));
    }
    return true;
}

namespace {
std::vector<QWidget*> raw(const std::vector<std::unique_ptr<QWidget>>& views)
{
    std::vector<QWidget*> out;
    for (const auto& v : views)
        out.push_back(v.get());
    return out;
}
} // namespace

namespace {
bool writeTexFigure(const widgets::FigureSpec& spec, const std::vector<std::unique_ptr<QWidget>>& views,
                    const QString& path, QString* error)
{
    // One tikzpicture of the page's size: the panels' axes in the spec's grid, each with its letter.
    widgets::LatexFigure figure;
    const int columns = std::max(1, spec.columns), rows = std::max(1, spec.rows());
    for (std::size_t i = 0; i < views.size(); ++i) {
        QString e;
        auto panel = widgets::latexFigureOf(*views[i], &e);
        if (!panel) {
            if (error)
                *error = QString("panels[%1] (%2): %3").arg(i).arg(spec.panels[int(i)].view, e);
            return false;
        }
        if (!spec.panels[int(i)].title.isEmpty() && !panel->axes.empty())
            panel->axes.front().title = spec.panels[int(i)].title;
        const QRectF cell(double(int(i) % columns) / columns, double(int(i) / columns) / rows, 1.0 / columns,
                          1.0 / rows);
        if (spec.letters)
            panel->labels.push_back({QPointF(0, 0), QString("(%1)").arg(QChar(u'a' + int(i) % 26))});
        panel->placeInto(cell);
        figure.append(std::move(*panel));
    }
    const QSizeF points = spec.sizeInPoints();
    return widgets::writeLatexFigure(figure, path, widgets::latexDefaults(), points.width() / 72.0 * 2.54,
                                     points.height() / 72.0 * 2.54, int(points.width() / 72.0 * 150), error);
}
} // namespace

bool writeFigure(const widgets::FigureSpec& spec, const QString& path, QString* error,
                 const std::function<void(int)>& progress)
{
    std::vector<std::unique_ptr<QWidget>> views;
    if (!makeFigureViews(spec, &views, error, progress))
        return false;
    if (QFileInfo(path).suffix().toLower() == "tex")
        return writeTexFigure(spec, views, path, error);
    widgets::FigureComposer composer(spec, raw(views));
    if (!composer.save(path)) {
        if (error)
            *error = composer.errorString();
        return false;
    }
    return true;
}

QImage previewFigure(const widgets::FigureSpec& spec, double dpi, QString* error,
                     const std::function<void(int)>& progress)
{
    std::vector<std::unique_ptr<QWidget>> views;
    if (!makeFigureViews(spec, &views, error, progress))
        return {};
    widgets::FigureComposer composer(spec, raw(views));
    return composer.toImage(dpi);
}

widgets::FigureRenderer figureRenderer()
{
    widgets::FigureRenderer r;
    r.views = allViewNames();
    r.preview = [](const widgets::FigureSpec& spec, double dpi, QString* error,
                   const std::function<void(int)>& progress) { return previewFigure(spec, dpi, error, progress); };
    r.write = [](const widgets::FigureSpec& spec, const QString& path, QString* error,
                 const std::function<void(int)>& progress) { return writeFigure(spec, path, error, progress); };
    return r;
}

} // namespace ts::app
