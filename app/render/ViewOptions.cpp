#include "app/render/ViewOptions.h"

#include "app/render/LandscapeFigure.h"

#include "core/Error.h"
#include "core/Settings.h"

namespace ts::app {

QStringList allViewNames()
{
    return QStringList{"curves"} + analysisViewNames() + pathwayViewNames() + landscapeViewNames() +
           QStringList{"sweep"};
}

void checkViewName(const QString& view)
{
    if (!allViewNames().contains(view))
        throw cli::UsageError("unknown view '" + view.toStdString() + "' (available: curves, " +
                              analysisViewNames().join(", ").toStdString() + ", " +
                              pathwayViewNames().join(", ").toStdString() + ", " +
                              landscapeViewNames().join(", ").toStdString() + ", sweep)");
}

std::vector<cli::OptionSpec> viewOptionSpecs()
{
    return {{"metrics"}, {"logx", false}, {"logy", false}, {"smoothing"},    {"theme"},      {"from"},
            {"to"},      {"range"},       {"points"},      {"bezier-steps"}, {"checkpoint"}, {"every"},
            {"top"},     {"iterations"},  {"probes"},      {"step"},         {"threshold"},  {"samples"},
            {"dirs"},    {"grid"},        {"split"},       {"subset"},       {"norm"},       {"include-biases", false},
            {"seed"},    {"metric"},      {"log", false},  {"zclip"},        {"levels"},     {"wireframe", false},
            {"vrange"},  {"method"},      {"test"},        {"test-split"},   {"projection"}, {"damping"},
            {"listed"},  {"group"},       {"band"},        {"centre"},     {"std", false}};
}

CurvesFigureOptions curvesOptions(const cli::CommandLine& cl, QSize size, int dpi)
{
    CurvesFigureOptions o;
    o.size = size;
    o.dpi = dpi;
    o.logX = cl.has("logx");
    o.logY = cl.has("logy");
    if (cl.has("smoothing") &&
        (!ts::parseDouble(cl.value("smoothing"), o.smoothing) || o.smoothing < 0 || o.smoothing >= 1))
        throw cli::UsageError("--smoothing must be a number in [0, 1)");
    o.theme = QString::fromStdString(cl.value("theme", "light"));
    if (o.theme != "light" && o.theme != "dark")
        throw cli::UsageError("--theme must be light or dark");
    if (cl.has("metrics"))
        o.metrics = QString::fromStdString(cl.value("metrics")).split(',', Qt::SkipEmptyParts);
    o.group = QString::fromStdString(cl.value("group", "none"));
    if (o.group != "none" && o.group != "seed" && o.group != "all")
        throw cli::UsageError("--group must be seed (runs that differ only in the seed), all (every run given) or none");
    if (o.group == "none" && (cl.has("band") || cl.has("centre")))
        throw cli::UsageError("--band and --centre draw run groups: add --group seed or --group all");
    try {
        o.centre = ts::groupCentreFromName(cl.value("centre", "mean"));
        o.band = ts::groupBandFromName(cl.value("band", "std"));
    } catch (const ts::ConfigError& e) {
        throw cli::UsageError(std::string("--centre/--band: ") + e.what());
    }
    return o;
}

widgets::LatexOptions latexOptions(const cli::CommandLine& cl)
{
    widgets::LatexOptions l;
    const std::string document = cl.value("tex", "standalone"), data = cl.value("tex-data", "inline");
    if (document != "standalone" && document != "tikzpicture")
        throw cli::UsageError("--tex must be standalone or tikzpicture");
    if (data != "inline" && data != "dat")
        throw cli::UsageError("--tex-data must be inline or dat");
    l.standalone = document == "standalone";
    l.sidecarData = data == "dat";
    return l;
}

PathwayFigureOptions pathwayOptions(const cli::CommandLine& cl, const QString& view, QSize size, int dpi)
{
    PathwayFigureOptions p;
    p.view = view;
    p.size = size;
    p.dpi = dpi;
    p.step = QString::fromStdString(cl.value("step", "last"));
    if (cl.has("threshold") &&
        (!ts::parseDouble(cl.value("threshold"), p.threshold) || p.threshold < 0 || p.threshold > 1))
        throw cli::UsageError("--threshold must be a number in [0, 1]");
    const std::string samples = cl.value("samples", "memorised");
    if (samples != "memorised" && samples != "all")
        throw cli::UsageError("--samples must be memorised or all");
    p.memorisedOnly = samples == "memorised";
    return p;
}

AnalysisFigureOptions analysisOptions(const cli::CommandLine& cl, const QString& view, QSize size, int dpi)
{
    AnalysisFigureOptions a;
    a.view = view;
    a.size = size;
    a.dpi = dpi;
    a.theme = QString::fromStdString(cl.value("theme", "light"));
    if (a.theme != "light" && a.theme != "dark")
        throw cli::UsageError("--theme must be light or dark");
    a.from = QString::fromStdString(cl.value("from", "first"));
    a.to = QString::fromStdString(cl.value("to", "last"));
    if (cl.has("range")) {
        const std::string r = cl.value("range");
        const auto colon = r.find(':', 1);
        if (colon == std::string::npos || !ts::parseDouble(r.substr(0, colon), a.alphaMin) ||
            !ts::parseDouble(r.substr(colon + 1), a.alphaMax))
            throw cli::UsageError("--range '" + r + "' is not LO:HI");
    }
    auto intOption = [&](const char* name, int& target, int lo) {
        int64_t v = target;
        if (cl.has(name) && (!ts::parseInt64(cl.value(name), v) || v < lo || v > 10000000))
            throw cli::UsageError(std::string("--") + name + " must be a whole number >= " + std::to_string(lo));
        target = int(v);
    };
    intOption("points", a.points, 2);
    intOption("bezier-steps", a.bezierSteps, 0);
    intOption("every", a.every, 1);
    intOption("top", a.top, 1);
    intOption("iterations", a.iterations, 1);
    intOption("probes", a.probes, 0);
    a.checkpoint = QString::fromStdString(cl.value("checkpoint", "all"));
    a.method = QString::fromStdString(cl.value("method", "tracin"));
    a.testSplit = QString::fromStdString(cl.value("test-split", "test"));
    if (cl.value("test", "0") == "self")
        a.testIndex = -1;
    else
        intOption("test", a.testIndex, 0);
    intOption("projection", a.projection, 0);
    intOption("listed", a.listed, 1);
    if (cl.has("damping") && (!ts::parseDouble(cl.value("damping"), a.damping) || !(a.damping > 0)))
        throw cli::UsageError("--damping must be a positive number");
    return a;
}

} // namespace ts::app
