#pragma once
// A whole figure spec, views computed and composed: what `trainscope figure` writes and what
// File → Compose Figure… previews and exports (given to its dialog as a FigureRenderer).
#include "widgets/figure/FigureRenderer.h"
#include "widgets/figure/FigureSpec.h"

#include <QImage>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace ts::app {

// Every panel's view, in order; false and *error ("panels[2] (contour): …") on the first that fails.
// progress(i) before panel i is computed.
bool makeFigureViews(const widgets::FigureSpec& spec, std::vector<std::unique_ptr<QWidget>>* views, QString* error,
                     const std::function<void(int)>& progress = {});
// PDF, SVG, PNG or TeX (pgfplots, as widgets::latexDefaults() says) by the path's suffix.
bool writeFigure(const widgets::FigureSpec& spec, const QString& path, QString* error,
                 const std::function<void(int)>& progress = {});
QImage previewFigure(const widgets::FigureSpec& spec, double dpi, QString* error,
                     const std::function<void(int)>& progress = {});
widgets::FigureRenderer figureRenderer();

} // namespace ts::app
