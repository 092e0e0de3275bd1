#include "app/gui/GuiMain.h"
#include "widgets/landscape/VtkOpenGLWidget.h"

#include "app/cli/Version.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PresenterMode.h"
#include "app/gui/SkipConnectionsDemo.h"
#include "app/gui/TrainingController.h"

#include "core/train/Demos.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>

namespace ts::app {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

namespace {
void setApplicationNames()
{
    QCoreApplication::setOrganizationName("TrainScope");
    QCoreApplication::setApplicationName("TrainScope");
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ts::cli::version()));
    // Wayland and the desktop match the window to its entry and icon (resources/desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.trainscope.TrainScope"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.trainscope.TrainScope"),
                                                 QIcon(QStringLiteral(":/icons/trainscope.png"))));
}
} // namespace

int runGui(int argc, char** argv)
{
    // VTK views embed through QOpenGLWidget: before the QApplication exists.
    widgets::prepareOpenGLForVtk();
    QApplication app(argc, argv);
    setApplicationNames();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "See how neural networks train."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo("demo", QCoreApplication::translate("main", "Start training a built-in demo live."), "name");
    parser.addOption(demo);
    QCommandLineOption present("present", QCoreApplication::translate(
                                              "main", "Start in presenter mode: full screen, large text, for a projector."));
    parser.addOption(present);
    parser.addPositionalArgument("runs", QCoreApplication::translate("main", "Run files to open."), "[RUN.h5...]");
    parser.process(app);

    LanguageManager language;
    language.apply(QSettings().value("language").toString());
    MainWindow window(language);
    window.show();
    if (parser.isSet(present))
        window.presenter().setActive(true);
    window.openRuns(parser.positionalArguments());
    if (parser.isSet(demo)) {
        const QString name = parser.value(demo);
        try {
            const QString folder =
                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath("TrainScope");
            const QString out =
                QDir(folder).filePath(name + "-" + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss") + ".h5");
            auto settings = ts::demoSettings(name.toStdString());
            settings.set("demo", name.toStdString());
            if (name == kSkipConnectionsDemo)
                startSkipConnectionsDemo(window, settings, out);
            else
                window.training().start(settings, out);
        } catch (const std::exception& e) {
            window.showError(QCoreApplication::translate("main", "Unknown demo"), QString::fromStdString(e.what()));
        }
    }
    return app.exec();
}

} // namespace ts::app
