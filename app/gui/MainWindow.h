#pragma once
// The main window: creates the views, docks and reactions and wires them; the logic of each
// action lives in its reaction, the plotting in CurvePresenter, training in TrainingController.
#include <QMainWindow>
#include <QSet>

#include "widgets/analysis/RunCheckpoints.h"

#include <functional>
#include <vector>

class QLabel;
class QMenu;

namespace ts {
class Feedback;
struct LandscapeSurface;
} // namespace ts
namespace ts::widgets {
class BackgroundTask;
class CurveChartView;
class LandscapePanel;
class LogView;
class MetricSelector;
class RunBrowser;
class TrainingProgressPanel;
} // namespace ts::widgets

namespace ts::app {

class ChartToolBar;
class CurvePresenter;
class LanguageManager;
class PresenterMode;
class Reaction;
class RecentRuns;
class RunRegistry;
class TrainingController;
struct Session;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Run files open in the run browser; loss-landscape surface files open as a landscape tab.
    void openRuns(const QStringList& paths, bool follow = false);
    // A landscape tab for a surface (computed or opened); picking a checkpoint in it marks
    // that checkpoint in every landscape of the same run.
    widgets::LandscapePanel* openSurfacePanel(const ts::LandscapeSurface& surface, const QString& title);
    Session currentSession() const;
    void applySession(const Session& session);
    void setTheme(const QString& theme); // "light" | "dark"
    QString theme() const { return theme_; }

    // Logged, and shown in a non-blocking message box (the app keeps running).
    void showError(const QString& title, const QString& message);
    void logInfo(const QString& message);
    void logWarning(const QString& message);
    void setActivity(const QString& text);
    // Analysis results open as closable tabs next to the training curves.
    void addView(QWidget* view, const QString& title);
    QWidget* currentView() const;
    class QTabWidget& views() const { return *views_; }
    void trackTask(widgets::BackgroundTask* task);
    // Runs work on a worker thread with progress and Cancel in the status bar; onDone runs on
    // the GUI thread if it succeeded; a failure is shown (failureTitle), a cancel logged.
    void runInBackground(const QString& title, const QString& failureTitle,
                         std::function<void(ts::Feedback&)> work, std::function<void()> onDone);
    // The open runs and their checkpoint steps, for analysis dialogs.
    QVector<widgets::RunCheckpoints> runCheckpoints() const;

    RunRegistry& registry() const { return *registry_; }
    ts::widgets::CurveChartView& chart() const { return *chart_; }
    widgets::RunBrowser& runBrowser() const { return *browser_; }
    widgets::MetricSelector& metricSelector() const { return *metrics_; }
    widgets::LogView& logView() const { return *log_; }
    widgets::TrainingProgressPanel& progressPanel() const { return *progress_; }
    TrainingController& training() const { return *training_; }
    LanguageManager& language() const { return language_; }
    PresenterMode& presenter() const { return *presenterMode_; }
    ChartToolBar& chartToolBar() const { return *toolBar_; }
    CurvePresenter& curvePresenter() const { return *presenter_; }
    QAction* findAction(const QString& objectName) const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void retranslate();
    void restoreOrFitGeometry();

    LanguageManager& language_;
    RunRegistry* registry_;
    ts::widgets::CurveChartView* chart_;
    widgets::RunBrowser* browser_;
    widgets::MetricSelector* metrics_;
    widgets::LogView* log_;
    widgets::TrainingProgressPanel* progress_;
    ChartToolBar* toolBar_;
    CurvePresenter* presenter_;
    TrainingController* training_;
    PresenterMode* presenterMode_;
    RecentRuns* recent_ = nullptr;
    std::vector<Reaction*> reactions_;
    QSet<QString> seedHints_; // groups of seeds already pointed out in the log
    QMenu* fileMenu_ = nullptr;
    QMenu* exportMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* about_ = nullptr;
    std::vector<class QDockWidget*> docks_;
    class QTabWidget* views_;
    class TaskProgressIndicator* taskIndicator_;
    QMenu* analysisMenu_ = nullptr;
    QLabel* cursorLabel_;
    QLabel* activityLabel_;
    QString theme_ = "light";
};

} // namespace ts::app
