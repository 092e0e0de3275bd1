#include "app/render/FigureCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/render/FigureRendering.h"
#include "app/render/ViewOptions.h"
#include "widgets/export/ChartExport.h"
#include "widgets/figure/FigureSpec.h"

#include "core/Error.h"
#include "core/Settings.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>

namespace ts::app {

namespace {
const char* kUsage = "usage: trainscope figure SPEC.json --out FIG.pdf|svg|png|tex [--dpi N]\n"
                     "                        [--tex standalone|tikzpicture] [--tex-data inline|dat]\n"
                     "  a grid of panels, each a view of runs with `trainscope render`'s options, on a page of a\n"
                     "  physical size (\"17.8cm\", \"3.5in\"), one font, panel letters and shared axes: the spec\n"
                     "  format is in docs/paper-figures.md (example: examples/figure_readme.json).\n"
                     "  --dpi N   PNG pixels per inch (default: the spec's \"dpi\", else 300)\n"
                     "  .tex: one pgfplots tikzpicture of the page's size, the panels in the spec's grid;\n"
                     "  --tex standalone (default: a document pdflatex compiles) or tikzpicture (to \\input),\n"
                     "  --tex-data inline (default) or dat (the tables in FIG-1.dat, ... beside it).\n"
                     "  relative run paths in the spec are read from the spec file's folder.\n";
} // namespace

int figureCommand(int argc, char** argv)
{
    std::vector<std::string> args(argv + 2, argv + argc);
    try {
        cli::CommandLine cl(args, {{"out"}, {"dpi"}, {"tex"}, {"tex-data"}, {"help", false}});
        if (cl.has("help")) {
            std::fputs(kUsage, stdout);
            return cli::kExitOk;
        }
        if (cl.positionals().size() != 1)
            throw cli::UsageError("figure needs one spec file\n" + std::string(kUsage));
        if (!cl.has("out"))
            throw cli::UsageError("figure needs --out FIG.pdf|svg|png|tex");
        const QString out = QString::fromStdString(cl.value("out"));
        const QString suffix = QFileInfo(out).suffix().toLower();
        if (suffix != "pdf" && suffix != "svg" && suffix != "png" && suffix != "tex")
            throw cli::UsageError("--out '" + cl.value("out") + "': the figure's suffix must be .pdf, .svg, .png or .tex");
        widgets::setLatexDefaults(latexOptions(cl));
        int64_t dpi = 0;
        if (cl.has("dpi") && (!ts::parseInt64(cl.value("dpi"), dpi) || dpi < 36 || dpi > 2400))
            throw cli::UsageError("--dpi must be a whole number between 36 and 2400");

        // Figures need no display: always render offscreen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        int qtArgc = 1;
        QApplication app(qtArgc, argv);
        widgets::FigureSpec spec;
        QString error;
        if (!widgets::loadFigureSpec(QString::fromStdString(cl.positionals().front()), &spec, &error))
            throw cli::UsageError(error.toStdString());
        if (dpi > 0)
            spec.dpi = int(dpi);
        if (!writeFigure(spec, out, &error)) {
            std::fprintf(stderr, "trainscope figure: %s\n", error.toLocal8Bit().constData());
            return cli::kExitUsage;
        }
        return cli::kExitOk;
    } catch (const cli::UsageError& e) {
        std::fprintf(stderr, "trainscope figure: %s\n", e.what());
        return cli::kExitUsage;
    } catch (const ts::Cancelled&) {
        std::fprintf(stderr, "trainscope figure: interrupted; nothing was written\n");
        return cli::kExitInterrupted;
    }
}

} // namespace ts::app
