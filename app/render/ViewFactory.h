#pragma once
// One panel of a figure (widgets/figure/FigureSpec.h) as a view: its runs, its view name and
// its options, which are `render`'s (parsed by the same code, app/render/ViewOptions.h).
#include "widgets/figure/FigureSpec.h"

#include <QSize>
#include <QString>

#include <memory>

class QWidget;

namespace ts::app {

// The panel's options as `render` flags: {"logx": true, "points": 11} → --logx --points 11
// (false leaves a flag out).
std::vector<std::string> panelArguments(const widgets::FigurePanel& panel);
// The panel's view name, options and run files checked without computing anything: "" or the
// error (without the panel's index).
QString checkPanel(const widgets::FigurePanel& panel, const widgets::FigureSpec& spec);
// Computes what the view needs (an analysis, a surface) and returns it, laid out at about
// `pixels` at `dpi`; nullptr and *error (without the panel's index) on failure. Needs a QApplication.
std::unique_ptr<QWidget> makeFigureView(const widgets::FigurePanel& panel, const widgets::FigureSpec& spec,
                                        QSize pixels, int dpi, QString* error);

} // namespace ts::app
