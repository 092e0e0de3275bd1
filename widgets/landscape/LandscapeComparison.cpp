#include "widgets/landscape/LandscapeComparison.h"

#include "widgets/landscape/LandscapePanel.h"
#include "widgets/landscape/SurfaceScale.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace ts::widgets {

LandscapeComparison::LandscapeComparison(QWidget* parent) : QWidget(parent)
{
    setObjectName("landscapeComparison");
    splitter_ = new QSplitter(Qt::Horizontal, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter_);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    range_ = {nan, nan};
}

void LandscapeComparison::setSurfaces(const QVector<LandscapeSurface>& surfaces, const QStringList& titles)
{
    while (splitter_->count() > 0)
        delete splitter_->widget(0);
    panels_.clear();
    for (int i = 0; i < surfaces.size(); ++i) {
        auto* column = new QWidget;
        auto* title = new QLabel(i < titles.size() ? titles[i] : QString());
        title->setObjectName("comparisonTitle");
        title->setAlignment(Qt::AlignCenter);
        QFont bold; // only the weight is set: the size follows the application font (presenter mode)
        bold.setBold(true);
        title->setFont(bold);
        auto* panel = new LandscapePanel;
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(2, 2, 2, 2);
        layout->addWidget(title);
        layout->addWidget(panel, 1);
        splitter_->addWidget(column);
        panel->setSurface(surfaces[i]);
        panels_.push_back(panel);
        connect(panel, &LandscapePanel::optionsChanged, this, [this, panel] { synchronise(panel); });
    }
    if (!panels_.isEmpty())
        synchronise(panels_.front());
}

void LandscapeComparison::setReplayStep(double step)
{
    for (auto* panel : panels_)
        panel->setReplayStep(step);
}

void LandscapeComparison::synchronise(LandscapePanel* source)
{
    if (syncing_)
        return;
    syncing_ = true;
    const SceneOptions& o = source->options();
    // The union of the ranges, clipped but not logged: the panels apply their log themselves.
    SurfaceScale clipOnly;
    clipOnly.zClip = o.scale.zClip;
    double lo = INFINITY, hi = -INFINITY;
    for (auto* panel : panels_) {
        if (panel != source) {
            panel->setMetric(QString::fromStdString(o.metric));
            panel->setLogScale(o.scale.log);
            panel->setZClip(o.scale.zClip);
        }
        double a = 0, b = 0;
        if (finiteRange(clipOnly.grid(panel->surface(), o.metric), a, b)) {
            lo = std::min(lo, a);
            hi = std::max(hi, b);
        }
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    range_ = lo <= hi ? std::make_pair(lo, hi) : std::make_pair(nan, nan);
    for (auto* panel : panels_)
        panel->setValueRange(range_.first, range_.second);
    syncing_ = false;
}

} // namespace ts::widgets
