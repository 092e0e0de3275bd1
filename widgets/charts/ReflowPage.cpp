#include "widgets/charts/ReflowPage.h"

#include <QLayout>
#include <QScrollArea>

namespace ts::widgets {

ReflowPage::ReflowPage(QWidget* parent) : QWidget(parent) {}

int ReflowPage::heightForWidth(int width) const
{
    return layout() ? layout()->totalMinimumHeightForWidth(width) : QWidget::heightForWidth(width);
}

QScrollArea* ReflowPage::inScrollArea(QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(this);
    return area;
}

} // namespace ts::widgets
