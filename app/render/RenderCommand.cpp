#include "app/render/RenderCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/render/AnalysisFigure.h"
#include "app/render/CurvesFigure.h"
#include "app/render/LandscapeFigure.h"
#include "app/render/LandscapeSource.h"
#include "app/render/PathwayFigure.h"
#include "app/render/SweepFigure.h"
#include "app/render/ViewOptions.h"
#include "widgets/export/ChartExport.h"

#include "core/Error.h"
#include "core/Settings.h"

#include <QApplication>

#include <cstdio>

namespace ts::app {

namespace {
const char* kUsage =
    "usage: trainscope render RUN.h5 [RUN2.h5 ...] --view VIEW --out FIG.png|svg|pdf|csv|tex\n"
    "                         [--size WIDTHxHEIGHT] [--dpi N] [--theme light|dark]\n"
    "                         [--tex standalone|tikzpicture] [--tex-data inline|dat]\n"
    "  .tex: pgfplots, SIZE/DPI on paper; a standalone document (pdflatex) or a tikzpicture to\n"
    "  \\input, the data inline or in .dat files beside it (FIG-1.dat, ...); 2-D views only\n"
    "views and their options:\n"
    "  curves                        [--metrics a,b] [--logx] [--logy] [--smoothing W]\n"
    "                                [--group seed|all] [--centre mean|median] [--band std|minmax|ci95|none]\n"
    "                                (runs that differ only in the seed, or all runs given, as one line\n"
    "                                with a band; the CSV gets the band and the runs per step)\n"
    "  grokking                      the grokking dashboard (events, measures, spectrum)\n"
    "  sweep                         t50/t90 of a sweep's runs (give the sweep's folder)\n"
    "  interpolation, interpolation-accuracy, layerwise, lines, bezier, layer-sharpness\n"
    "                                [--from STEP] [--to STEP|RUN2.h5:STEP] [--range LO:HI] [--points N]\n"
    "                                [--bezier-steps N]\n"
    "  sharpness, density, sharpness-layers\n"
    "                                [--checkpoint all|STEP] [--every K] [--top K] [--iterations N]\n"
    "                                [--probes N]\n"
    "                                interpolation, interpolation-accuracy and sharpness of several runs of\n"
    "                                one group (configurations equal but the seed): each run on its own,\n"
    "                                drawn as the mean with a ± std band (n-1) and n per point; grokking of\n"
    "                                several runs: the group's t_mem, t50, t90 as intervals mean ± std\n"
    "  landscape3d, contour, slice   a surface file (trainscope landscape), or a run to compute one:\n"
    "                                [--checkpoint STEP|last] [--dirs "
    "random|pca|ckpt:A,B[,C]|file:D.h5|task:A.h5,B.h5]\n"
    "                                [--grid 31x31|31] [--range -1:1[,-1:1]] [--split train|test] [--seed N]\n"
    "                                [--metric NAME] [--log] [--zclip Z] [--levels 0.5,1,2] [--wireframe]\n"
    "                                [--vrange LO:HI] (colours and heights over LO..HI: one scale for several)\n"
    "                                [--std] (contour: dashed iso-lines of the std map of a surface over batches)\n"
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
        auto specs = viewOptionSpecs();
        for (const char* name : {"view", "out", "size", "dpi", "tex", "tex-data"})
            specs.push_back({name});
        specs.push_back({"help", false});
        cli::CommandLine cl(args, specs);
        if (cl.has("help")) {
            std::fputs(kUsage, stdout);
            return cli::kExitOk;
        }
        if (cl.positionals().empty())
            throw cli::UsageError("render needs at least one run file\n" + std::string(kUsage));
        if (!cl.has("out"))
            throw cli::UsageError("render needs --out FIG.png|svg|pdf|csv|tex");
        const std::string view = cl.value("view", "curves");
        const QString qview = QString::fromStdString(view);
        checkViewName(qview);
        QSize size{1600, 1000};
        if (cl.has("size"))
            size = parseSize(cl.value("size"));
        int64_t dpi = 150;
        if (cl.has("dpi") && (!ts::parseInt64(cl.value("dpi"), dpi) || dpi < 36 || dpi > 2400))
            throw cli::UsageError("--dpi must be a whole number between 36 and 2400");
        const CurvesFigureOptions o = curvesOptions(cl, size, int(dpi));
        widgets::setLatexDefaults(latexOptions(cl));

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
            const PathwayFigureOptions p = pathwayOptions(cl, qview, o.size, o.dpi);
            if (runs.size() != 1)
                throw cli::UsageError("view '" + view + "' takes one run file");
            error = renderPathwayFigure(runs.front(), p, QString::fromStdString(cl.value("out")));
        } else {
            const AnalysisFigureOptions a = analysisOptions(cl, qview, o.size, o.dpi);
            if (runs.size() > 1 && groupAnalysisViewNames().contains(qview))
                error = renderGroupAnalysisFigure(runs, a, QString::fromStdString(cl.value("out")));
            else if (runs.size() != 1)
                throw cli::UsageError("view '" + view + "' takes one run file (several runs of one group: " +
                                      groupAnalysisViewNames().join(", ").toStdString() + ")");
            else
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
