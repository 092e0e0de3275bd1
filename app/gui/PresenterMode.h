#pragma once
// Presenter mode, for a projector in a lecture hall: full screen, the window's chrome (menus,
// tool bars, docks, status bar) hidden, a high-contrast light theme, and every text in every
// view at least kMinimumPoints, with wider curves. Leaving it puts everything back.
#include "widgets/charts/Presentation.h"

#include <QByteArray>
#include <QFont>
#include <QObject>

class QAction;
class QWidget;

namespace ts::app {

class MainWindow;

class PresenterMode : public QObject {
    Q_OBJECT
public:
    // The smallest text of any view while presenting. At 1920×1080 (96 dpi) it is 24 px,
    // 1/45 of the screen's height: readable from the back of a room of about 15 m with a 3 m
    // wide screen. Widgets' own text is 2 pt larger (the application font).
    static constexpr double kMinimumPoints = 18.0;
    static constexpr double kLineWidth = 3.2;

    explicit PresenterMode(MainWindow& window);

    bool isActive() const { return active_; }
    void setActive(bool on);
    // Styles a view for the current mode (a tab opened while presenting).
    void styleView(QWidget* view) const;
    static ts::widgets::Presentation presentation();

Q_SIGNALS:
    void activeChanged(bool on);

private:
    void styleAllViews() const;

    MainWindow& window_;
    bool active_ = false;
    QAction* leave_; // Esc, while presenting
    QFont normalFont_;
    QByteArray geometry_, state_;
    bool menuBarVisible_ = true, statusBarVisible_ = true;
    Qt::WindowStates windowState_;
};

} // namespace ts::app
