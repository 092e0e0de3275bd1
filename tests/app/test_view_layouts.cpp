// Every view of the application in the main window at 1366×768 and 1920×1080, docks shown as
// on first start: no chart text (title, legend entry, axis title) is elided, and no chart is
// squeezed below a legible plot area; dashboards scroll instead. Then presenter mode: full
// screen, chrome hidden, and no text in any view below PresenterMode::kMinimumPoints.
#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PresenterMode.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/analysis/GrokkingViews.h"
#include "app/gui/analysis/InfluenceViews.h"
#include "app/gui/analysis/InterpolationViews.h"
#include "app/gui/analysis/PathwayViews.h"
#include "app/gui/analysis/SharpnessViews.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/landscape/LandscapePanel.h"

#include "core/Runtime.h"
#include "core/runfile/RunReader.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QMenuBar>
#include <QProcess>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ts;
using namespace ts::app;

namespace {
bool trainscope(const QStringList& args, QString* error)
{
    QProcess p;
    p.start(TRAINSCOPE_EXE, args);
    const bool ok = p.waitForFinished(300000) && p.exitCode() == 0;
    if (!ok && error)
        *error = args.join(' ') + ": " + QString::fromLocal8Bit(p.readAllStandardError());
    return ok;
}

// The chart views inside a view that are on screen (a dashboard's hidden tab does not count).
QList<QChartView*> visibleCharts(QWidget* view)
{
    QList<QChartView*> charts = view->findChildren<QChartView*>();
    if (auto* self = qobject_cast<QChartView*>(view))
        charts.prepend(self);
    QList<QChartView*> shown;
    for (auto* c : charts)
        if (c->isVisibleTo(view->window()) && c->isVisible())
            shown << c;
    return shown;
}

QString chartName(QChartView* view)
{
    const QString title = view->chart()->title();
    return view->objectName() + (title.isEmpty() ? QString() : " '" + title + "'");
}

// Qt Charts shortens a text that does not fit with "..." (titles, legend entries, axis titles).
QStringList elidedTexts(QWidget* view)
{
    QStringList found;
    for (QChartView* c : visibleCharts(view))
        for (QGraphicsItem* item : c->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
                text = t->toPlainText();
            else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                text = s->text();
            if (text.endsWith("...") || text.endsWith(QChar(0x2026)))
                found << chartName(c) + ": \"" + text + "\"";
        }
    return found;
}

// Charts whose plot area is below a legible size.
QStringList squeezedCharts(QWidget* view, QSizeF minimum)
{
    QStringList found;
    for (QChartView* c : visibleCharts(view)) {
        const QRectF plot = c->chart()->plotArea();
        if (plot.width() < minimum.width() || plot.height() < minimum.height())
            found << chartName(c) + QString(": plot area %1×%2").arg(plot.width()).arg(plot.height());
    }
    return found;
}

// TRAINSCOPE_LAYOUT_SHOTS=DIR keeps a picture of each window checked, to look at.
void saveShot(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("TRAINSCOPE_LAYOUT_SHOTS");
    if (!dir.isEmpty())
        window.grab().save(dir + "/" + name + ".png");
}

// Fonts below the minimum: widgets' own and every text item of every chart.
QStringList smallTexts(QWidget* view, double minimumPoints)
{
    QStringList found;
    auto check = [&](const QFont& f, const QString& what) {
        const double points = f.pointSizeF() > 0 ? f.pointSizeF() : f.pixelSize() * 72.0 / 96.0;
        if (points + 1e-6 < minimumPoints)
            found << QString("%1: %2 pt").arg(what).arg(points);
    };
    QList<QWidget*> widgets = view->findChildren<QWidget*>();
    widgets.prepend(view);
    for (QWidget* w : widgets)
        if (w->isVisible())
            check(w->font(), QString(w->metaObject()->className()) + " " + w->objectName());
    for (QChartView* c : visibleCharts(view))
        for (QGraphicsItem* item : c->scene()->items()) {
            if (!item->isVisible())
                continue;
            if (auto* t = dynamic_cast<QGraphicsTextItem*>(item); t && !t->toPlainText().isEmpty())
                check(t->font(), chartName(c) + " text '" + t->toPlainText() + "'");
            else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item); s && !s->text().isEmpty())
                check(s->font(), chartName(c) + " text '" + s->text() + "'");
        }
    return found;
}
} // namespace

class TestViewLayouts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("TrainScopeTests");
        QCoreApplication::setApplicationName("TrainScopeLayoutTests");
        QVERIFY(dir_.isValid());
        QSettings().clear();
        QString error;
        run_ = dir_.filePath("modular.h5");
        QVERIFY2(trainscope({"train", "--task", "modular", "--model", "tickets_mlp", "--set", "p=23", "--set",
                             "embed=32", "--set", "hidden=16", "--set", "checkpoints=every:50", "--steps", "200",
                             "--quiet", "--out", run_},
                            &error),
                 qPrintable(error));
        moe_ = dir_.filePath("moe.h5");
        QVERIFY2(trainscope({"train", "--demo", "moe", "--steps", "120", "--quiet", "--out", moe_}, &error),
                 qPrintable(error));
        surface_ = dir_.filePath("surface.h5");
        QVERIFY2(trainscope({"landscape", run_, "--grid", "9x9", "--quiet", "--out", surface_}, &error),
                 qPrintable(error));
    }

    void firstStartFillsTheScreenThenRemembers()
    {
        QSettings().clear();
        {
            LanguageManager language;
            MainWindow w(language);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.windowState() & Qt::WindowMaximized); // the 1920×1080 screen's free area
            w.setWindowState(Qt::WindowNoState);
            w.setGeometry(QRect(100, 80, 1100, 700));
            QTest::qWait(20);
            QVERIFY(w.close()); // saves the geometry
        }
        LanguageManager language;
        MainWindow again(language);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!(again.windowState() & Qt::WindowMaximized));
        QCOMPARE(again.size(), QSize(1100, 700));
        QSettings().clear(); // the other cases start as on a first start too
    }

    void everyViewFitsAtLaptopAndFullHdSizes()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        openEveryView(w);
        QStringList problems;
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            w.setWindowState(Qt::WindowNoState);
            w.setGeometry(QRect(QPoint(0, 0), size));
            for (int i = 0; i < w.views().count(); ++i) {
                w.views().setCurrentIndex(i);
                QTest::qWait(80); // chart layouts settle on the event loop
                const QString where = QString("%1×%2, tab '%3': ").arg(size.width()).arg(size.height()).arg(w.views().tabText(i));
                saveShot(w, QString("%1x%2-%3").arg(size.width()).arg(size.height()).arg(i));
                for (const QString& p : elidedTexts(w.views().widget(i)) + squeezedCharts(w.views().widget(i), {160, 90}))
                    problems << where + p;
            }
        }
        for (const QString& p : problems) // QVERIFY2 shortens its message: each in full
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QString("%1 problems, the first: %2").arg(problems.size()).arg(problems.value(0))));
    }

    void presenterModeMakesEveryTextLarge()
    {
        LanguageManager language;
        MainWindow w(language);
        w.show();
        openEveryView(w);
        const double normalPoints = QApplication::font().pointSizeF();
        w.findAction("actionPresenter")->trigger();
        QVERIFY(w.presenter().isActive());
        QVERIFY(w.windowState() & Qt::WindowFullScreen);
        QVERIFY(!w.menuBar()->isVisible());
        QVERIFY(!w.statusBar()->isVisible());
        for (auto* dock : w.findChildren<QDockWidget*>())
            QVERIFY(!dock->isVisible());
        QVERIFY2(w.width() >= 1900 && w.height() >= 1060, "full screen on the 1920×1080 screen (less a frame)");
        QStringList problems;
        for (int i = 0; i < w.views().count(); ++i) {
            w.views().setCurrentIndex(i);
            QTest::qWait(80);
            const QString where = QString("tab '%1': ").arg(w.views().tabText(i));
            saveShot(w, QString("presenter-%1").arg(i));
            for (const QString& p : smallTexts(w.views().widget(i), PresenterMode::kMinimumPoints) +
                                        elidedTexts(w.views().widget(i)))
                problems << where + p;
        }
        for (const QString& p : problems) // QVERIFY2 shortens its message: each in full
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QString("%1 problems, the first: %2").arg(problems.size()).arg(problems.value(0))));
        // A view opened while presenting is styled too.
        auto views = makeGrokkingViews(grokkingData());
        w.addView(views.front().widget, "late");
        QTest::qWait(80);
        QVERIFY2(smallTexts(views.front().widget, PresenterMode::kMinimumPoints).isEmpty(),
                 qPrintable(smallTexts(views.front().widget, PresenterMode::kMinimumPoints).join('\n')));

        // Esc leaves: chrome and normal text sizes come back.
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.presenter().isActive());
        QVERIFY(!w.findAction("actionPresenter")->isChecked());
        QVERIFY(!(w.windowState() & Qt::WindowFullScreen));
        QVERIFY(w.menuBar()->isVisible());
        QCOMPARE(QApplication::font().pointSizeF(), normalPoints);
        QVERIFY(w.chart().presentation().textPoints == 0);
        QVERIFY(w.chart().chart()->legend()->font().pointSizeF() < PresenterMode::kMinimumPoints);
    }

private:
    widgets::GrokkingData grokkingData() const
    {
        ts::RunReader run(run_.toStdString());
        return toGrokkingData(run, ts::measureProgress(run), "modular");
    }

    // The training curves, the grokking dashboard, interpolation, sharpness, influence, expert
    // pathways and a landscape: each kind of view the app has.
    void openEveryView(MainWindow& w) const
    {
        ts::configureRuntime(0);
        w.openRuns({run_, surface_});
        QTRY_COMPARE(int(w.registry().documents().size()), 1);
        auto add = [&](const std::vector<AnalysisView>& views) {
            for (const auto& v : views)
                w.addView(v.widget, v.title);
        };
        add(makeGrokkingViews(grokkingData()));
        ts::CheckpointInterpolationSpec spec;
        spec.runA = run_.toStdString();
        spec.stepA = "first";
        spec.stepB = "last";
        spec.alphaMin = -0.25;
        spec.alphaMax = 1.25;
        spec.points = 9;
        spec.layerwise = true;
        spec.lines = true;
        add(makeInterpolationViews(ts::interpolateCheckpoints(spec), "modular@first → modular@last"));
        ts::SharpnessRequest request;
        request.iterations = 5;
        request.density = true;
        request.perLayer = true;
        ts::RunReader run(run_.toStdString());
        add(makeSharpnessViews({"modular", ts::sharpnessOfRun(run, {0, 2, 4}, request)}));
        ts::InfluenceOptions influence;
        add(makeInfluenceViews(computeInfluenceResults(run_, influence, 10, nullptr)));
        ts::RunReader moe(moe_.toStdString());
        add(makePathwayViews(toPathwayViewData(moe, {}, "moe")));
        QVERIFY(w.views().count() >= 10);
    }

    QTemporaryDir dir_;
    QString run_, moe_, surface_;
};

// A 1920×1080 screen at 96 dpi (Qt's offscreen platform has an 800×600 one): presenter mode
// goes full screen, so the screen is the size its views are checked at.
int main(int argc, char** argv)
{
    QTemporaryDir config;
    const QString screens = config.filePath("screens.json");
    QFile file(screens);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1920, "height": 1080,)"
               R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + screens).toLocal8Bit());
    QApplication app(argc, argv);
    TestViewLayouts test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_view_layouts.moc"
