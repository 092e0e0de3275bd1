#include "app/render/RenderCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/render/CurvesFigure.h"

#include "core/Settings.h"

#include <QApplication>

#include <cstdio>

namespace ts::app {

namespace {
const char* kUsage =
    "usage: trainscope render RUN.h5 [RUN2.h5 ...] --view curves --out FIG.png|svg|pdf|csv\n"
    "                         [--metrics a,b] [--logx] [--logy] [--smoothing W]\n"
    "                         [--size WIDTHxHEIGHT] [--dpi N] [--theme light|dark]\n";

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
                                   {"size"}, {"dpi"}, {"theme"}, {"help", false}});
        if (cl.has("help")) {
            std::fputs(kUsage, stdout);
            return cli::kExitOk;
        }
        if (cl.positionals().empty())
            throw cli::UsageError("render needs at least one run file\n" + std::string(kUsage));
        if (!cl.has("out"))
            throw cli::UsageError("render needs --out FIG.png|svg|pdf|csv");
        const std::string view = cl.value("view", "curves");
        if (view != "curves")
            throw cli::UsageError("unknown view '" + view + "' (available: curves)");
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
        const QString error = renderCurvesFigure(runs, o, QString::fromStdString(cl.value("out")));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "trainscope render: %s\n", error.toLocal8Bit().constData());
            return cli::kExitUsage;
        }
        return cli::kExitOk;
    } catch (const cli::UsageError& e) {
        std::fprintf(stderr, "trainscope render: %s\n", e.what());
        return cli::kExitUsage;
    }
}

} // namespace ts::app
