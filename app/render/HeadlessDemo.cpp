#include "app/render/HeadlessDemo.h"

#include "app/cli/CliMain.h"
#include "app/render/CurvesFigure.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <string>
#include <vector>

namespace ts::app {

int runHeadless(int argc, char** argv)
{
    QStringList runs;
    std::string demo = "grokking";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--demo" && i + 1 < argc)
            demo = argv[++i];
        else if (a.rfind("--demo=", 0) == 0)
            demo = a.substr(7);
        else if (a == "--present")
            continue; // a window's option: without a display the figures are the same
        else
            runs << QString::fromLocal8Bit(argv[i]);
    }
    std::fprintf(stderr, "trainscope: no display found (DISPLAY/WAYLAND_DISPLAY unset): running headless\n");
    if (runs.isEmpty()) {
        const std::string out = "demo-" + demo + ".h5";
        std::vector<std::string> args = {"trainscope", "train", "--demo", demo, "--out", out};
        std::vector<char*> cargv;
        for (auto& s : args)
            cargv.push_back(s.data());
        const int rc = ts::cli::runCli(int(cargv.size()), cargv.data());
        if (rc != 0)
            return rc;
        runs << QString::fromStdString(out);
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    const QString folder = QFileInfo(runs.front()).completeBaseName() + "-figures";
    QDir().mkpath(folder);
    struct Figure {
        const char* name;
        QStringList metrics;
        bool logY;
    };
    const Figure figures[] = {{"accuracy", {"train_acc", "test_acc"}, false}, {"loss", {"train_loss", "test_loss"}, true}};
    for (const auto& f : figures) {
        CurvesFigureOptions o;
        o.metrics = f.metrics;
        o.logX = true; // grokking happens over orders of magnitude of steps
        o.logY = f.logY;
        for (const char* ext : {"png", "svg", "pdf", "csv"}) {
            const QString path = QDir(folder).filePath(QString("%1.%2").arg(f.name, ext));
            const QString error = renderCurvesFigure(runs, o, path);
            if (!error.isEmpty()) {
                std::fprintf(stderr, "trainscope: %s\n", error.toLocal8Bit().constData());
                return 2;
            }
        }
    }
    std::printf("figures written to %s/ (accuracy and loss: .png .svg .pdf .csv)\n",
                QDir(folder).absolutePath().toLocal8Bit().constData());
    return 0;
}

} // namespace ts::app
