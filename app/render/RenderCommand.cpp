#include "app/render/RenderCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/render/AnalysisFigure.h"
#include "app/render/CurvesFigure.h"
#include "app/render/LandscapeFigure.h"
#include "app/render/LandscapeSource.h"
#include "app/render/PathwayFigure.h"
#include "app/render/SweepFigure.h"

#include "core/Error.h"
#include "core/Settings.h"

#include <QApplication>

#include <cstdio>

namespace ts::app {

namespace {
const char* kUsage =
    "usage: trainscope render RUN.h5 [RUN2.h5 ...] --view VIEW --out FIG.png|svg|pdf|csv\n"
    "                         [--size WIDTHxHEIGHT] [--dpi N] [--theme light|dark]\n"
    "views and their options:\n"
    "  curves                        [--metrics a,b] [--logx] [--logy] [--smoothing W]\n"
    "  grokking                      the grokking dashboard (events, measures, spectrum)\n"
    "  sweep                         t50/t90 of a sweep's runs (give the sweep's folder)\n"
    "  interpolation, interpolation-accuracy, layerwise, lines, bezier, layer-sharpness\n"
    "                                [--from STEP] [--to STEP|RUN2.h5:STEP] [--range LO:HI] [--points N]\n"
    "                                [--bezier-steps N]\n"
    "  sharpness, density, sharpness-layers\n"
    "                                [--checkpoint all|STEP] [--every K] [--top K] [--iterations N]\n"
    "                                [--probes N]\n"
    "  landscape3d, contour, slice   a surface file (trainscope landscape), or a run to compute one:\n"
    "                                [--checkpoint STEP|last] [--dirs random|pca|ckpt:A,B[,C]|file:D.h5|task:A.h5,B.h5]\n"
    "                                [--grid 31x31|31] [--range -1:1[,-1:1]] [--split train|test] [--seed N]\n"
    "                                [--metric NAME] [--log] [--zclip Z] [--levels 0.5,1,2] [--wireframe]\n"
    "                                [--vrange LO:HI] (colours and heights over LO..HI: one scale for several)\n"
    "                                (landscape3d writes PNG and needs an X display: xvfb-run)\n"
    "  influence, influence-pairs, influence-checkpoints\n"
    "                                [--method tracin|ekfac|cg|exact] [--test IDX|self] [--test-split test]\n"
    "                                [--checkpoint STEP] [--projection D] [--damping X] [--listed K]\n"
    "  pathways, pathway-graph, pathway-distances\n"
    "                                [--step STEP|last] [--threshold 0.7] [--samples memorised|all]\n";

QSize parseSize(const std::string& text)
{
    const auto x = text.find('x');
    int64_t w = 0, h = 0;
    if (x == std::string::npos || !ts::parseInt64(text.substr(0, x), w) || !ts::parseInt64(text.substr(x + 1), h) ||
        w < 16 || h < 16 || w > 20000 || h > 20000)
        throw cli::UsageError("--size '" + text + "' is not WIDTHxHEIGHT with sides between 16 and 20000");
    return QSize(int(w), int(h));
}
} // namespace

int renderCommand(int argc, char** argv)
{
    std::vector<std::string> args(argv + 2, argv + argc);
    try {
        cli::CommandLine cl(args, {{"view"}, {"out"}, {"metrics"}, {"logx", false}, {"logy", false}, {"smoothing"},
                                   {"size"}, {"dpi"}, {"theme"}, {"help", false}, {"from"}, {"to"}, {"range"},
                                   {"points"}, {"bezier-steps"}, {"checkpoint"}, {"every"}, {"top"},
                                   {"iterations"}, {"probes"}, {"step"}, {"threshold"}, {"samples"}, {"dirs"}, {"grid"},
                                   {"split"}, {"subset"}, {"norm"}, {"include-biases", false}, {"seed"}, {"metric"},
                                   {"log", false}, {"zclip"}, {"levels"}, {"wireframe", false}, {"vrange"},
                                   {"method"}, {"test"}, {"test-split"}, {"projection"}, {"damping"}, {"listed"}});
        if (cl.has("help")) {
            std::fputs(kUsage, stdout);
            return cli::kExitOk;
        }
        if (cl.positionals().empty())
            throw cli::UsageError("render needs at least one run file\n" + std::string(kUsage));
        if (!cl.has("out"))
            throw cli::UsageError("render needs --out FIG.png|svg|pdf|csv");
        const std::string view = cl.value("view", "curves");
        const QString qview = QString::fromStdString(view);
        if (view != "curves" && view != "sweep" && !analysisViewNames().contains(qview) && !pathwayViewNames().contains(qview) &&
            !landscapeViewNames().contains(qview))
            throw cli::UsageError("unknown view '" + view + "' (available: curves, " +
                                  analysisViewNames().join(", ").toStdString() + ", " +
                                  pathwayViewNames().join(", ").toStdString() + ", " +
                                  landscapeViewNames().join(", ").toStdString() + ", sweep)");
        CurvesFigureOptions o;
        o.logX = cl.has("logx");
        o.logY = cl.has("logy");
        if (cl.has("smoothing") && (!ts::parseDouble(cl.value("smoothing"), o.smoothing) || o.smoothing < 0 || o.smoothing >= 1))
            throw cli::UsageError("--smoothing must be a number in [0, 1)");
        if (cl.has("size"))
            o.size = parseSize(cl.value("size"));
        int64_t dpi = o.dpi;
        if (cl.has("dpi") && (!ts::parseInt64(cl.value("dpi"), dpi) || dpi < 36 || dpi > 2400))
            throw cli::UsageError("--dpi must be a whole number between 36 and 2400");
        o.dpi = int(dpi);
        o.theme = QString::fromStdString(cl.value("theme", "light"));
        if (o.theme != "light" && o.theme != "dark")
            throw cli::UsageError("--theme must be light or dark");
        if (cl.has("metrics"))
            o.metrics = QString::fromStdString(cl.value("metrics")).split(',', Qt::SkipEmptyParts);

        // Figures need no display: always render offscreen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        int qtArgc = 1;
        QApplication app(qtArgc, argv);
        QStringList runs;
        for (const auto& p : cl.positionals())
            runs << QString::fromStdString(p);
        QString error;
        if (view == "curves") {
            error = renderCurvesFigure(runs, o, QString::fromStdString(cl.value("out")));
        } else if (view == "sweep") {
            error = renderSweepFigure(runs.front(), QString::fromStdString(cl.value("out")), o.size, o.dpi);
        } else if (landscapeViewNames().contains(qview)) {
            if (runs.size() != 1)
                throw cli::UsageError("view '" + view + "' takes one surface or run file");
            const auto figure = landscapeFigureOptions(cl, qview, o.size, o.dpi);
            try {
                error = renderLandscapeFigure(landscapeSurfaceForRender(runs.front().toStdString(), cl), figure,
                                              QString::fromStdString(cl.value("out")));
            } catch (const ts::Cancelled&) {
                throw;
            } catch (const ts::Error& e) {
                error = QString::fromStdString(e.what());
            }
        } else if (pathwayViewNames().contains(qview)) {
            PathwayFigureOptions p;
            p.view = qview;
            p.size = o.size;
            p.dpi = o.dpi;
            p.step = QString::fromStdString(cl.value("step", "last"));
            if (cl.has("threshold") &&
                (!ts::parseDouble(cl.value("threshold"), p.threshold) || p.threshold < 0 || p.threshold > 1))
                throw cli::UsageError("--threshold must be a number in [0, 1]");
            const std::string samples = cl.value("samples", "memorised");
            if (samples != "memorised" && samples != "all")
                throw cli::UsageError("--samples must be memorised or all");
            p.memorisedOnly = samples == "memorised";
            if (runs.size() != 1)
                throw cli::UsageError("view '" + view + "' takes one run file");
            error = renderPathwayFigure(runs.front(), p, QString::fromStdString(cl.value("out")));
        } else {
            AnalysisFigureOptions a;
            a.view = QString::fromStdString(view);
            a.size = o.size;
            a.dpi = o.dpi;
            a.theme = o.theme;
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
            if (runs.size() != 1)
                throw cli::UsageError("view '" + view + "' takes one run file");
            error = renderAnalysisFigure(runs.front(), a, QString::fromStdString(cl.value("out")));
        }
        if (!error.isEmpty()) {
            std::fprintf(stderr, "trainscope render: %s\n", error.toLocal8Bit().constData());
            return cli::kExitUsage;
        }
        return cli::kExitOk;
    } catch (const cli::UsageError& e) {
        std::fprintf(stderr, "trainscope render: %s\n", e.what());
        return cli::kExitUsage;
    } catch (const ts::Cancelled&) {
        std::fprintf(stderr, "trainscope render: interrupted; nothing was written\n");
        return cli::kExitInterrupted;
    }
}

} // namespace ts::app
