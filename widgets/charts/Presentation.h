#pragma once
// Presenter mode's style for a view (projector, back of a room): every text at least
// textPoints, titles a little larger, curves lineWidth wide. A default Presentation is the
// view's normal style. Views that set their own fonts or pens implement Presentable; the rest
// inherit the application font.
#include <QFont>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ts::widgets {

struct Presentation {
    double textPoints = 0; // 0: the view's own sizes
    double lineWidth = 0;  // 0: the view's own widths
    bool active() const { return textPoints > 0; }
    double titlePoints() const { return textPoints * 1.2; }
};

class Presentable {
public:
    virtual ~Presentable() = default;
    virtual void setPresentation(const Presentation& presentation) = 0;
};

// Sets the chart's title, legend, axis labels and axis titles to the presentation's sizes
// (labels at textPoints, titles at titlePoints, all black on the presenter's light theme). An
// inactive presentation puts back the text style the chart had before.
void applyChartText(QChart* chart, const Presentation& presentation);

} // namespace ts::widgets
