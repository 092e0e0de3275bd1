#include "app/gui/analysis/SweepViews.h"

#include "widgets/charts/CurveChartView.h"
#include "widgets/export/CsvWriter.h"

#include "core/Settings.h"
#include "core/grokking/GrokkingEvents.h"
#include "core/grokking/Sweep.h"
#include "core/runfile/RunReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace ts::app {

std::optional<SweepChartData> sweepChartData(const QString& folder, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<SweepChartData> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    std::vector<ts::SweepMember> members;
    QString key;
    bool seeded = false;
    for (const auto& file : QDir(folder).entryList({"*=*.h5"}, QDir::Files)) {
        std::string k, value, seed;
        double number = 0;
        if (!ts::parseSweepFileName(file.toStdString(), k, value, seed) || !ts::parseDouble(value, number))
            continue; // not a numeric sweep member
        const QString qk = QString::fromStdString(k);
        if (!key.isEmpty() && qk != key)
            return fail(QCoreApplication::translate("SweepFigure", "%1 holds runs of different sweeps (%2, %3)").arg(folder, key, qk));
        key = qk;
        seeded = seeded || !seed.empty();
        try {
            const auto e = ts::detectGrokking(ts::RunReader(QDir(folder).filePath(file).toStdString()));
            members.push_back({value, seed, QDir(folder).filePath(file).toStdString(), e.tMem, e.t50, e.t90, e.verdictName});
        } catch (const std::exception& ex) {
            return fail(QString::fromStdString(ex.what()));
        }
    }
    if (members.empty())
        return fail(QCoreApplication::translate("SweepFigure", "%1 holds no sweep runs (KEY=VALUE.h5)").arg(folder));
    auto points = ts::sweepPoints(members);
    auto numberOf = [](const std::string& v) {
        double d = 0;
        ts::parseDouble(v, d);
        return d;
    };
    std::sort(points.begin(), points.end(),
              [&](const ts::SweepPoint& a, const ts::SweepPoint& b) { return numberOf(a.value) < numberOf(b.value); });
    // One point per value: the mean over the seeds that reach the event, with ± std error bars
    // and n; values where no seed reaches it are left out.
    auto eventCurve = [&](const QString& id, const QColor& colour, ts::SampleSummary ts::SweepPoint::*event) {
        ts::widgets::CurveChartView::Curve c;
        c.id = c.label = id;
        c.color = colour;
        int fewest = 0, most = 0;
        for (const auto& p : points) {
            const auto& s = p.*event;
            if (s.n == 0)
                continue;
            c.x.push_back(numberOf(p.value));
            c.y.push_back(s.mean);
            if (seeded) {
                c.lower.push_back(s.mean - s.std);
                c.upper.push_back(s.mean + s.std);
                c.count.push_back(s.n);
                fewest = fewest == 0 ? s.n : std::min(fewest, s.n);
                most = std::max(most, s.n);
            }
        }
        if (seeded) {
            c.errorBars = true;
            c.label = fewest == most ? QCoreApplication::translate("SweepFigure", "%1: mean ± std over seeds (n = %2)").arg(id).arg(most)
                                     : QCoreApplication::translate("SweepFigure", "%1: mean ± std over seeds (n = %2–%3)").arg(id).arg(fewest).arg(most);
        }
        return c;
    };
    QVector<ts::widgets::CurveChartView::Curve> curves{eventCurve("t50", QColor("#0072B2"), &ts::SweepPoint::t50),
                                                       eventCurve("t90", QColor("#D55E00"), &ts::SweepPoint::t90)};
    const auto& x50 = curves[0].x;
    const auto& y50 = curves[0].y;
    const bool logX = std::all_of(points.begin(), points.end(), [&](const ts::SweepPoint& p) { return numberOf(p.value) > 0; });
    if (key == "weight_decay" && !x50.empty()) {
        // Omnigrok: time to grok ∝ 1/wd; c is the geometric mean of t50·wd over the values.
        double logC = 0;
        int used = 0;
        for (std::size_t i = 0; i < x50.size(); ++i)
            if (x50[i] > 0) {
                logC += std::log(y50[i] * x50[i]);
                ++used;
            }
        std::vector<double> rx, ry;
        if (used > 0) {
            const double c = std::exp(logC / double(used));
            for (const auto& p : points)
                if (numberOf(p.value) > 0) {
                    rx.push_back(numberOf(p.value));
                    ry.push_back(c / numberOf(p.value));
                }
            ts::widgets::CurveChartView::Curve reference;
            reference.id = "omnigrok";
            reference.label = QCoreApplication::translate("SweepFigure", "∝ 1/wd (Omnigrok)");
            reference.color = QColor(120, 120, 120);
            reference.x = rx;
            reference.y = ry;
            curves.push_back(reference);
        }
    }
    return SweepChartData{key, seeded, logX, curves, points};
}

bool writeSweepCsv(const SweepChartData& data, const QString& path, QString* error)
{
    using ts::widgets::CsvWriter;
    return CsvWriter::writeFile(path, [&](QTextStream& out) {
        out << data.key << ",runs,t_mem_mean,t_mem_std,t_mem_n,t50_mean,t50_std,t50_n,t90_mean,t90_std,t90_n\n";
        for (const auto& p : data.points) {
            out << QString::fromStdString(p.value) << ',' << p.runs;
            for (const auto* s : {&p.tMem, &p.t50, &p.t90})
                out << ',' << CsvWriter::formatNumber(s->mean) << ',' << CsvWriter::formatNumber(s->std) << ',' << s->n;
            out << '\n';
        }
    }, error);
}

ts::widgets::CurveChartView* makeSweepChart(const QString& folder, QString* error)
{
    const auto data = sweepChartData(folder, error);
    if (!data)
        return nullptr;
    const QString& key = data->key;
    const bool seeded = data->seeded;
    auto* chart = new ts::widgets::CurveChartView;
    chart->setCurves(data->curves);
    chart->setAxisTitles(key, QCoreApplication::translate("SweepFigure", "step"));
    chart->chart()->setTitle(seeded ? QCoreApplication::translate("SweepFigure", "Time to generalise against %1 (mean ± std over seeds; seeds that never reach a threshold are left out)").arg(key)
                                    : QCoreApplication::translate("SweepFigure", "Time to generalise against %1 (members that never reach a threshold are left out)").arg(key));
    chart->setLogX(data->logX);
    chart->setLogY(true);
    return chart;
}

} // namespace ts::app
