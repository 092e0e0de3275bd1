#pragma once
// The page of a dashboard inside a scroll area: it fills the area's width and height and
// scrolls only when the area is smaller than the page's legible minimum. (A plain page with a
// word-wrapped label asks the area for its preferred height and would always scroll.)
#include <QWidget>

class QScrollArea;

namespace ts::widgets {

class ReflowPage : public QWidget {
    Q_OBJECT
public:
    explicit ReflowPage(QWidget* parent = nullptr);
    int heightForWidth(int width) const override;
    // A frameless scroll area (child of parent) showing this page.
    QScrollArea* inScrollArea(QWidget* parent);
};

} // namespace ts::widgets
