#include "app/gui/PresenterMode.h"

#include "app/gui/AppTheme.h"
#include "app/gui/MainWindow.h"
#include "widgets/charts/CurveChartView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace ts::app {

PresenterMode::PresenterMode(MainWindow& window) : QObject(&window), window_(window)
{
    leave_ = new QAction(this);
    leave_->setObjectName("actionLeavePresenter");
    leave_->setShortcut(Qt::Key_Escape);
    leave_->setEnabled(false);
    window_.addAction(leave_); // the menus are hidden while presenting: the window holds it
    connect(leave_, &QAction::triggered, this, [this] { setActive(false); });
}

ts::widgets::Presentation PresenterMode::presentation()
{
    ts::widgets::Presentation p;
    p.textPoints = kMinimumPoints;
    p.lineWidth = kLineWidth;
    return p;
}

void PresenterMode::setActive(bool on)
{
    if (on == active_)
        return;
    active_ = on;
    leave_->setEnabled(on);
    if (on) {
        geometry_ = window_.saveGeometry();
        state_ = window_.saveState();
        windowState_ = window_.windowState();
        menuBarVisible_ = window_.menuBar()->isVisible();
        statusBarVisible_ = window_.statusBar()->isVisible();
        normalFont_ = QApplication::font();
        QFont big = normalFont_;
        big.setPointSizeF(kMinimumPoints + 2);
        QApplication::setFont(big);
        applyAppTheme("contrast");
        window_.chart().setTheme(ts::widgets::CurveChartView::Theme::Light);
        window_.menuBar()->hide();
        window_.statusBar()->hide();
        // Tool bars and docks go; a tool bar marked to stay (the replay controls) stays.
        for (auto* bar : window_.findChildren<QToolBar*>())
            if (!bar->property("keepWhilePresenting").toBool())
                bar->hide();
        for (auto* dock : window_.findChildren<QDockWidget*>())
            dock->hide();
        styleAllViews();
        window_.showFullScreen();
    } else {
        QApplication::setFont(normalFont_);
        window_.setTheme(window_.theme()); // the user's theme, for the app and the chart
        styleAllViews();
        window_.menuBar()->setVisible(menuBarVisible_);
        window_.statusBar()->setVisible(statusBarVisible_);
        window_.setWindowState(windowState_);
        window_.restoreGeometry(geometry_);
        window_.restoreState(state_);
    }
    Q_EMIT activeChanged(on);
}

void PresenterMode::styleView(QWidget* view) const
{
    if (!view)
        return;
    const ts::widgets::Presentation p = active_ ? presentation() : ts::widgets::Presentation{};
    if (auto* own = dynamic_cast<ts::widgets::Presentable*>(view))
        own->setPresentation(p);
    for (QWidget* child : view->findChildren<QWidget*>())
        if (auto* presentable = dynamic_cast<ts::widgets::Presentable*>(child))
            presentable->setPresentation(p);
}

void PresenterMode::styleAllViews() const
{
    for (int i = 0; i < window_.views().count(); ++i)
        styleView(window_.views().widget(i));
}

} // namespace ts::app
