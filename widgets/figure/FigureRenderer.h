#pragma once
// What the figure composer dialog needs from the application to draw a spec: the view names
// and the rendering itself (app/render/FigureRendering.h computes the views), so that the
// widgets know nothing of runs and analyses.
#include "widgets/figure/FigureSpec.h"

#include <QImage>
#include <QStringList>

#include <functional>

namespace ts::widgets {

struct FigureRenderer {
    using Progress = std::function<void(int panel)>;
    QStringList views;
    std::function<QImage(const FigureSpec&, double dpi, QString* error, const Progress&)> preview;
    std::function<bool(const FigureSpec&, const QString& path, QString* error, const Progress&)> write;
    bool valid() const { return bool(preview) && bool(write); }
};

} // namespace ts::widgets
