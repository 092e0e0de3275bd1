#include "app/gui/analysis/SweepViews.h"

#include "widgets/charts/CurveChartView.h"

#include "core/Settings.h"
#include "core/grokking/GrokkingEvents.h"
#include "core/runfile/RunReader.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cmath>

namespace ts::app {

ts::widgets::CurveChartView* makeSweepChart(const QString& folder, QString* error)
{
    auto fail = [error](const QString& message) -> ts::widgets::CurveChartView* {
        if (error)
            *error = message;
        return nullptr;
    };
    struct Member {
        double value;
        int64_t t50, t90;
    };
    std::vector<Member> members;
    QString key;
    for (const auto& file : QDir(folder).entryList({"*=*.h5"}, QDir::Files)) {
        const QString base = file.chopped(3);
        const QString k = base.section('=', 0, 0);
        double value = 0;
        if (!ts::parseDouble(base.section('=', 1).toStdString(), value))
            continue; // not a numeric sweep member
        if (!key.isEmpty() && k != key)
            return fail(QCoreApplication::translate("SweepFigure", "%1 holds runs of different sweeps (%2, %3)").arg(folder, key, k));
        key = k;
        try {
            const auto e = ts::detectGrokking(ts::RunReader(QDir(folder).filePath(file).toStdString()));
            members.push_back({value, e.t50, e.t90});
        } catch (const std::exception& ex) {
            return fail(QString::fromStdString(ex.what()));
        }
    }
    if (members.empty())
        return fail(QCoreApplication::translate("SweepFigure", "%1 holds no sweep runs (KEY=VALUE.h5)").arg(folder));
    std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.value < b.value; });
    std::vector<double> x50, y50, x90, y90;
    for (const auto& m : members) {
        if (m.t50 >= 0) {
            x50.push_back(m.value);
            y50.push_back(double(m.t50));
        }
        if (m.t90 >= 0) {
            x90.push_back(m.value);
            y90.push_back(double(m.t90));
        }
    }
    QVector<ts::widgets::CurveChartView::Curve> curves{{"t50", "t50", QColor("#0072B2"), x50, y50},
                                              {"t90", "t90", QColor("#D55E00"), x90, y90}};
    const bool logX = std::all_of(members.begin(), members.end(), [](const Member& m) { return m.value > 0; });
    if (key == "weight_decay" && !x50.empty()) {
        // Omnigrok: time to grok ∝ 1/wd; c is the geometric mean of t50·wd over the members.
        double logC = 0;
        for (std::size_t i = 0; i < x50.size(); ++i)
            logC += std::log(y50[i] * x50[i]);
        const double c = std::exp(logC / double(x50.size()));
        std::vector<double> rx, ry;
        for (const auto& m : members)
            if (m.value > 0) {
                rx.push_back(m.value);
                ry.push_back(c / m.value);
            }
        curves.push_back({"omnigrok", QCoreApplication::translate("SweepFigure", "∝ 1/wd (Omnigrok)"), QColor(120, 120, 120), rx, ry});
    }
    auto* chart = new ts::widgets::CurveChartView;
    chart->setCurves(curves);
    chart->setAxisTitles(key, QCoreApplication::translate("SweepFigure", "step"));
    chart->chart()->setTitle(QCoreApplication::translate("SweepFigure", "Time to generalise against %1 (members that never reach a threshold are left out)").arg(key));
    chart->setLogX(logX);
    chart->setLogY(true);
    return chart;
}

} // namespace ts::app
