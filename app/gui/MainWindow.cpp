#include "app/gui/MainWindow.h"

#include "app/gui/AppTheme.h"
#include "app/gui/PresenterMode.h"
#include "app/gui/TaskProgressIndicator.h"
#include "app/gui/reactions/GrokkingReaction.h"
#include "app/gui/reactions/GroupRunsReaction.h"
#include "app/gui/reactions/ImportReaction.h"
#include "app/gui/reactions/InfluenceReaction.h"
#include "app/gui/reactions/LandscapeReaction.h"
#include "app/gui/reactions/MergeReaction.h"
#include "app/gui/reactions/PathwaysReaction.h"
#include "app/gui/reactions/InterpolateReaction.h"
#include "app/gui/reactions/SweepReaction.h"
#include "app/gui/reactions/TicketsReaction.h"
#include "app/gui/reactions/SharpnessReaction.h"
#include "app/gui/ChartToolBar.h"
#include "app/gui/CurveGroups.h"
#include "app/gui/CurvePresenter.h"
#include "app/gui/LanguageManager.h"
#include "app/gui/RecentRuns.h"
#include "app/gui/RunDocument.h"
#include "app/gui/RunRegistry.h"
#include "app/gui/Session.h"
#include "app/gui/TrainingController.h"
#include "app/gui/reactions/ExportReaction.h"
#include "app/gui/reactions/FigureComposerReaction.h"
#include "app/gui/reactions/NewTrainingReaction.h"
#include "app/gui/reactions/OpenRunReaction.h"
#include "app/gui/reactions/PreferencesReaction.h"
#include "app/gui/reactions/PresenterReaction.h"
#include "app/gui/reactions/ReplayReaction.h"
#include "app/gui/reactions/SessionReaction.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/jobs/BackgroundTask.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/log/LogView.h"
#include "widgets/runs/MetricSelector.h"
#include "widgets/runs/RunBrowser.h"
#include "widgets/training/TrainingProgressPanel.h"

#include "core/Error.h"
#include "core/landscape/SurfaceFile.h"
#include "core/runfile/RunReader.h"

#include <QApplication>
#include <QFileInfo>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>


namespace ts::app {

MainWindow::MainWindow(LanguageManager& language, QWidget* parent)
    : QMainWindow(parent), language_(language), registry_(new RunRegistry(this))
{
    setObjectName("mainWindow");
    setAcceptDrops(true);
    chart_ = new ts::widgets::CurveChartView(this);
    chart_->setObjectName("curveChart");
    chart_->setAxisTitles(tr("step"), tr("value"));
    views_ = new QTabWidget(this);
    views_->setObjectName("views");
    views_->setDocumentMode(true);
    views_->setTabsClosable(true);
    views_->addTab(chart_, QString());
    views_->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the training curves stay
    connect(views_, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index == 0)
            return; // the training curves stay
        QWidget* w = views_->widget(index);
        views_->removeTab(index);
        w->deleteLater();
    });
    setCentralWidget(views_);
    toolBar_ = new ChartToolBar(*chart_, this);
    addToolBar(toolBar_);
    createDocks();
    presenter_ = new CurvePresenter(*registry_, *browser_, *metrics_, *chart_, this);
    connect(toolBar_, &ChartToolBar::groupingChanged, this, [this] {
        GroupOptions o = presenter_->groupOptions();
        o.bySeed = toolBar_->groupSeedsAction()->isChecked();
        o.centre = toolBar_->centre();
        o.band = toolBar_->band();
        presenter_->setGroupOptions(o);
    });
    training_ = new TrainingController(*this);
    presenterMode_ = new PresenterMode(*this);

    cursorLabel_ = new QLabel(this);
    activityLabel_ = new QLabel(this);
    statusBar()->addWidget(cursorLabel_, 1);
    statusBar()->addPermanentWidget(activityLabel_);
    taskIndicator_ = new TaskProgressIndicator(this);
    statusBar()->addPermanentWidget(taskIndicator_);
    connect(chart_, &ts::widgets::CurveChartView::cursorMoved, this, [this](double x, double y) {
        cursorLabel_->setText(tr("step %1   value %2").arg(QString::number(x, 'f', 0), QString::number(y, 'g', 6)));
    });

    connect(registry_, &RunRegistry::openFailed, this, [this](const QString& path, const QString& message) {
        Q_UNUSED(path);
        showError(tr("Cannot open run"), message);
    });
    connect(registry_, &RunRegistry::runOpened, this, [this](RunDocument* doc) {
        logInfo(tr("Opened %1 (%2, %3)").arg(doc->path(), doc->summary().task, doc->summary().model));
        if (!doc->summary().warning.isEmpty()) // analyses of this run are approximate: say so once
            logWarning(doc->summary().warning);
        if (recent_)
            recent_->add(doc->path());
        // Repeats of one experiment are recognised on opening; the grouping itself is the
        // user's choice (comparing seeds one by one is a valid view too).
        // Said once per group, when the runs being opened are all in.
        if (!presenter_->groupOptions().bySeed && registry_->pendingOpens() == 0) {
            GroupOptions seeds;
            seeds.bySeed = true;
            for (const auto& g : groupShownRuns(registry_->documents(), seeds)) {
                QStringList paths;
                for (auto* member : g.members)
                    paths << member->path();
                paths.sort();
                if (g.members.size() > 1 && !seedHints_.contains(paths.join('\n'))) {
                    seedHints_.insert(paths.join('\n'));
                    logInfo(tr("%1 runs differ only in the seed: View → Group Seeds (Ctrl+G) draws them as one "
                               "line with a band.").arg(g.members.size()));
                }
            }
        }
    });

    createMenus();
    retranslate();
    restoreOrFitGeometry();
    setTheme(QSettings().value("theme", "light").toString());
}

void MainWindow::restoreOrFitGeometry()
{
    QSettings settings;
    const QByteArray saved = settings.value("window/geometry").toByteArray();
    if (saved.isEmpty() || !restoreGeometry(saved)) {
        // First start: the screen's free area (without panels and docks), not a fixed size.
        const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
        const QRect free = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
        setGeometry(free);
        if (free.width() >= 1280 && free.height() >= 720)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value("window/state").toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto dock = [this](const QString& name, QWidget* content, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        docks_.push_back(d);
        return d;
    };
    auto* runsPanel = new QSplitter(Qt::Vertical, this);
    browser_ = new widgets::RunBrowser(runsPanel);
    metrics_ = new widgets::MetricSelector(runsPanel);
    runsPanel->addWidget(browser_);
    runsPanel->addWidget(metrics_);
    dock("runsDock", runsPanel, Qt::LeftDockWidgetArea);
    progress_ = new widgets::TrainingProgressPanel(this);
    dock("trainingDock", progress_, Qt::LeftDockWidgetArea);
    log_ = new widgets::LogView(this);
    auto* logDock = dock("logDock", log_, Qt::BottomDockWidgetArea);
    // The chart is the point of the window: give it most of the room by default.
    resizeDocks({docks_.front()}, {340}, Qt::Horizontal);
    resizeDocks({logDock}, {110}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    auto add = [this](Reaction* r) {
        reactions_.push_back(r);
        return r->action();
    };
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(add(new NewTrainingReaction(*this)));
    fileMenu_->addAction(add(new OpenRunReaction(*this, false)));
    fileMenu_->addAction(add(new OpenRunReaction(*this, true)));
    fileMenu_->addAction(add(new ImportReaction(*this)));
    recentMenu_ = fileMenu_->addMenu(QString());
    recent_ = new RecentRuns(*this, recentMenu_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(add(new SessionReaction(*this, SessionReaction::Mode::Open)));
    fileMenu_->addAction(add(new SessionReaction(*this, SessionReaction::Mode::Save)));
    fileMenu_->addSeparator();
    exportMenu_ = fileMenu_->addMenu(QString());
    for (auto f : {ExportReaction::Format::Png, ExportReaction::Format::Svg, ExportReaction::Format::Pdf,
                   ExportReaction::Format::Csv, ExportReaction::Format::Tex, ExportReaction::Format::Clipboard})
        exportMenu_->addAction(add(new ExportReaction(*this, f)));
    fileMenu_->addAction(add(new FigureComposerReaction(*this)));
    fileMenu_->addSeparator();
    quit_ = fileMenu_->addAction(QString(), this, &QWidget::close);
    quit_->setObjectName("actionQuit");
    quit_->setShortcut(QKeySequence::Quit);

    analysisMenu_ = menuBar()->addMenu(QString());
    analysisMenu_->addAction(add(new InterpolateReaction(*this)));
    analysisMenu_->addAction(add(new SharpnessReaction(*this)));
    analysisMenu_->addAction(add(new LandscapeReaction(*this)));
    analysisMenu_->addAction(add(new GrokkingReaction(*this)));
    analysisMenu_->addAction(add(new TicketsReaction(*this)));
    analysisMenu_->addAction(add(new SweepReaction(*this)));
    analysisMenu_->addAction(add(new PathwaysReaction(*this)));
    analysisMenu_->addAction(add(new InfluenceReaction(*this)));
    analysisMenu_->addAction(add(new MergeReaction(*this)));

    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addAction(add(new PreferencesReaction(*this)));

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(add(new PresenterReaction(*this)));
    viewMenu_->addSeparator();
    viewMenu_->addAction(toolBar_->logXAction());
    viewMenu_->addAction(toolBar_->logYAction());
    viewMenu_->addAction(toolBar_->outliersAction());
    viewMenu_->addSeparator();
    viewMenu_->addAction(toolBar_->groupSeedsAction());
    viewMenu_->addAction(add(new GroupRunsReaction(*this, GroupRunsReaction::Mode::Group)));
    auto* ungroup = add(new GroupRunsReaction(*this, GroupRunsReaction::Mode::Ungroup));
    viewMenu_->addAction(ungroup);
    // Ungrouping also releases the tool bar's switch.
    connect(ungroup, &QAction::triggered, toolBar_->groupSeedsAction(), [this] {
        const QSignalBlocker block(toolBar_->groupSeedsAction());
        toolBar_->groupSeedsAction()->setChecked(false);
    });
    viewMenu_->addSeparator();
    viewMenu_->addAction(add(new ReplayReaction(*this)));
    viewMenu_->addSeparator();
    for (auto* d : docks_)
        viewMenu_->addAction(d->toggleViewAction());

    helpMenu_ = menuBar()->addMenu(QString());
    about_ = helpMenu_->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About TrainScope"),
                           tr("TrainScope %1\nSee how neural networks train.").arg(QApplication::applicationVersion()));
    });
    about_->setObjectName("actionAbout");
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("TrainScope"));
    fileMenu_->setTitle(tr("&File"));
    recentMenu_->setTitle(tr("Recent &Runs"));
    exportMenu_->setTitle(tr("&Export"));
    editMenu_->setTitle(tr("&Edit"));
    analysisMenu_->setTitle(tr("&Analysis"));
    views_->setTabText(0, tr("Training curves"));
    viewMenu_->setTitle(tr("&View"));
    helpMenu_->setTitle(tr("&Help"));
    quit_->setText(tr("&Quit"));
    about_->setText(tr("&About TrainScope"));
    const QString dockTitles[] = {tr("Runs"), tr("Training"), tr("Log")};
    for (std::size_t i = 0; i < docks_.size(); ++i)
        docks_[i]->setWindowTitle(dockTitles[i]);
    for (auto* r : reactions_)
        r->retranslate();
    chart_->setAxisTitles(tr("step"), tr("value"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    presenterMode_->setActive(false); // remember the window as it is outside presenter mode
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

QAction* MainWindow::findAction(const QString& objectName) const { return findChild<QAction*>(objectName); }

void MainWindow::openRuns(const QStringList& paths, bool follow)
{
    for (const auto& p : paths) {
        if (!ts::isSurfaceFile(p.toStdString())) {
            registry_->open(p, follow);
            continue;
        }
        try {
            openSurfacePanel(ts::readSurfaceFile(p.toStdString()), tr("Landscape: %1").arg(QFileInfo(p).fileName()));
            logInfo(tr("Opened the landscape %1").arg(p));
        } catch (const ts::Error& e) {
            showError(tr("Cannot open landscape"), QString::fromStdString(e.what()));
        }
    }
}

widgets::LandscapePanel* MainWindow::openSurfacePanel(const ts::LandscapeSurface& surface, const QString& title)
{
    auto* panel = new widgets::LandscapePanel;
    panel->setSurface(surface);
    connect(panel, &widgets::LandscapePanel::checkpointSelected, this, [this, panel](qint64 step) {
        for (int i = 0; i < views_->count(); ++i)
            if (auto* other = qobject_cast<widgets::LandscapePanel*>(views_->widget(i));
                other && other != panel && other->surface().run == panel->surface().run)
                other->setCurrentStep(step);
        presenter_->setSelectedCheckpoint(QString::fromStdString(panel->surface().run), step);
        setActivity(tr("Checkpoint at step %1").arg(step));
    });
    addView(panel, title);
    return panel;
}

void MainWindow::showError(const QString& title, const QString& message)
{
    log_->error(message);
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName("errorBox");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal but non-blocking: the app keeps running
}

void MainWindow::logInfo(const QString& message) { log_->info(message); }
void MainWindow::logWarning(const QString& message) { log_->warning(message); }

void MainWindow::addView(QWidget* view, const QString& title)
{
    views_->addTab(view, title);
    if (presenterMode_->isActive())
        presenterMode_->styleView(view);
    views_->setCurrentWidget(view);
}

QWidget* MainWindow::currentView() const { return views_->currentWidget(); }

void MainWindow::trackTask(widgets::BackgroundTask* task) { taskIndicator_->track(task); }

void MainWindow::runInBackground(const QString& title, const QString& failureTitle,
                                 std::function<void(ts::Feedback&)> work, std::function<void()> onDone)
{
    auto* task = new widgets::BackgroundTask(title, this);
    trackTask(task);
    connect(task, &widgets::BackgroundTask::finished, this,
            [this, task, failureTitle, onDone = std::move(onDone)](widgets::BackgroundTask::Outcome outcome,
                                                                   const QString& message) {
                task->deleteLater();
                if (outcome == widgets::BackgroundTask::Outcome::Failed)
                    showError(failureTitle, message);
                else if (outcome == widgets::BackgroundTask::Outcome::Cancelled)
                    logInfo(message);
                else
                    onDone();
            });
    task->start(std::move(work));
}

QVector<widgets::RunCheckpoints> MainWindow::runCheckpoints() const
{
    QVector<widgets::RunCheckpoints> runs;
    for (auto* doc : registry_->documents()) {
        widgets::RunCheckpoints rc{doc->path(), QFileInfo(doc->path()).fileName(), {}};
        for (auto s : doc->reader()->checkpointSteps())
            rc.steps.push_back(s);
        runs.push_back(rc);
    }
    return runs;
}

void MainWindow::setActivity(const QString& text) { activityLabel_->setText(text); }

void MainWindow::setTheme(const QString& theme)
{
    theme_ = theme == "dark" ? "dark" : "light";
    applyAppTheme(theme_);
    chart_->setTheme(theme_ == "dark" ? ts::widgets::CurveChartView::Theme::Dark : ts::widgets::CurveChartView::Theme::Light);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const auto& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    openRuns(paths);
    event->acceptProposedAction();
}

Session MainWindow::currentSession() const
{
    Session s;
    for (auto* doc : registry_->documents())
        s.runs.push_back({doc->path(), browser_->isChecked(doc->path())});
    s.metrics = metrics_->checkedMetrics();
    s.logX = chart_->isLogX();
    s.logY = chart_->isLogY();
    s.smoothing = chart_->smoothing();
    s.ignoreOutliers = chart_->ignoresOutliers();
    s.theme = theme_;
    s.groups = presenter_->groupOptions();
    s.geometry = saveGeometry();
    s.windowState = saveState();
    return s;
}

void MainWindow::applySession(const Session& s)
{
    registry_->closeAll();
    toolBar_->logXAction()->setChecked(s.logX);
    toolBar_->logYAction()->setChecked(s.logY);
    toolBar_->outliersAction()->setChecked(s.ignoreOutliers);
    toolBar_->smoothingBox()->setValue(s.smoothing);
    setTheme(s.theme);
    {
        const QSignalBlocker blockSeeds(toolBar_->groupSeedsAction());
        const QSignalBlocker blockCentre(toolBar_->centreBox());
        const QSignalBlocker blockBand(toolBar_->bandBox());
        toolBar_->groupSeedsAction()->setChecked(s.groups.bySeed);
        toolBar_->setCentre(s.groups.centre);
        toolBar_->setBand(s.groups.band);
    }
    presenter_->setGroupOptions(s.groups);
    if (!s.geometry.isEmpty())
        restoreGeometry(s.geometry);
    if (!s.windowState.isEmpty())
        restoreState(s.windowState);
    // Check states and metrics apply once each run has loaded.
    const auto runs = s.runs;
    const auto metrics = s.metrics;
    auto* once = new QObject(this);
    connect(registry_, &RunRegistry::runOpened, once, [this, runs, metrics, once](RunDocument* doc) {
        for (const auto& r : runs)
            if (r.path == doc->path())
                browser_->setChecked(r.path, r.checked);
        metrics_->setCheckedMetrics(metrics);
        if (registry_->pendingOpens() == 0)
            once->deleteLater();
    });
    for (const auto& r : runs)
        registry_->open(r.path);
}

} // namespace ts::app
