#include "app/gui/CurveCollection.h"

#include "app/gui/RunDocument.h"
#include "app/gui/RunLabels.h"

namespace ts::app {

namespace {
// Distinguishable colours (Okabe–Ito, colour-blind safe), then Qt's named ones.
const QColor kPalette[] = {QColor("#0072B2"), QColor("#D55E00"), QColor("#009E73"), QColor("#CC79A7"),
                           QColor("#E69F00"), QColor("#56B4E9"), QColor("#F0E442"), QColor("#000000")};
} // namespace

QColor curveColour(int index) { return kPalette[index % int(std::size(kPalette))]; }

QString curveId(const RunDocument& doc, const QString& metric) { return doc.path() + "|" + metric; }

QVector<ts::widgets::CurveChartView::Curve> makeCurves(const std::vector<RunDocument*>& runs, const QStringList& metrics)
{
    QVector<ts::widgets::CurveChartView::Curve> curves;
    QStringList paths;
    for (auto* doc : runs)
        paths << doc->path();
    const QStringList names = runLabels(paths, false);
    int index = 0;
    int run = 0;
    for (auto* doc : runs) {
        const QString& name = names[run++];
        for (const auto& m : metrics) {
            const auto* data = doc->metric(m);
            if (!data)
                continue;
            ts::widgets::CurveChartView::Curve c;
            c.id = curveId(*doc, m);
            c.label = runs.size() > 1 ? name + ": " + m : m;
            c.color = curveColour(index++);
            c.x = data->steps;
            c.y = data->values;
            curves.push_back(std::move(c));
        }
    }
    return curves;
}

} // namespace ts::app
