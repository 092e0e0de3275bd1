#pragma once
// Turns runs × metrics into chart curves (ids, labels, colours, data). Shared by the
// window's live chart and by headless figure rendering.
#include "widgets/charts/CurveChartView.h"

#include <QStringList>

#include <vector>

namespace ts::app {

class RunDocument;

// The i-th of the distinguishable curve colours (repeating).
QColor curveColour(int index);
QString curveId(const RunDocument& doc, const QString& metric);
QVector<ts::widgets::CurveChartView::Curve> makeCurves(const std::vector<RunDocument*>& runs, const QStringList& metrics);

} // namespace ts::app
