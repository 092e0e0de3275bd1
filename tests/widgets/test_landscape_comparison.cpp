// Two surfaces side by side on one value scale: both panels show their surface, colours span
// the union of both ranges (in the contour maps and the 3-D views), and a metric, log or
// clip chosen in one panel applies to the other.
#include <QtTest>

#include "LandscapeTestSurface.h"
#include "widgets/landscape/ContourMapView.h"
#include "widgets/landscape/LandscapeComparison.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/landscape/Surface3DView.h"

#include <cmath>
#include <limits>

using namespace ts::widgets;

namespace {
// The bowl scaled by k: loss range 0.5k .. its maximum k-fold.
ts::LandscapeSurface scaledBowl(double k)
{
    auto s = ts::test::bowlSurface();
    for (auto& v : s.values["train_loss"])
        v *= k;
    return s;
}
} // namespace

class TestLandscapeComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bothPanelsShareOneRange()
    {
        LandscapeComparison comparison;
        comparison.resize(1600, 700);
        const auto a = scaledBowl(1), b = scaledBowl(10);
        comparison.setSurfaces({a, b}, {"with", "without"});
        comparison.show();
        QVERIFY(QTest::qWaitForWindowExposed(&comparison));
        QCOMPARE(comparison.panels().size(), 2);
        auto* left = comparison.panels()[0];
        auto* right = comparison.panels()[1];
        // Both surfaces shown, each in its own panel, 3-D and contour.
        QCOMPARE(left->surface().values.at("train_loss"), a.values.at("train_loss"));
        QCOMPARE(right->surface().values.at("train_loss"), b.values.at("train_loss"));
        QVERIFY(left->surfaceView() != nullptr && right->surfaceView() != nullptr);
        QVERIFY(left->contourView()->isVisible() && right->contourView()->isVisible());
        // One range: the union of both.
        const auto range = comparison.valueRange();
        QCOMPARE(range.first, 0.5);
        double hi = 0;
        for (double v : b.values.at("train_loss"))
            hi = std::max(hi, v);
        QCOMPARE(range.second, hi);
        for (auto* panel : comparison.panels()) {
            QCOMPARE(panel->options().scale.rangeLo, range.first);
            QCOMPARE(panel->options().scale.rangeHi, range.second);
            QCOMPARE(panel->contourView()->rangeLow(), range.first);
            QCOMPARE(panel->contourView()->rangeHigh(), range.second);
            QCOMPARE(panel->surfaceView()->options().scale.rangeHi, range.second);
        }
        QCOMPARE(left->contourView()->levels(), right->contourView()->levels());
    }

    void optionsChosenInOnePanelApplyToBoth()
    {
        LandscapeComparison comparison;
        comparison.setSurfaces({scaledBowl(1), scaledBowl(10)}, {"a", "b"});
        auto* left = comparison.panels()[0];
        auto* right = comparison.panels()[1];
        right->setLogScale(true);
        QVERIFY(left->options().scale.log);
        QCOMPARE(left->contourView()->rangeLow(), right->contourView()->rangeLow());
        QCOMPARE(right->contourView()->rangeLow(), std::log10(0.5));
        left->setZClip(2.0);
        QCOMPARE(right->options().scale.zClip, 2.0);
        QCOMPARE(comparison.valueRange().second, 2.0);
        left->setMetric("train_acc");
        QCOMPARE(QString::fromStdString(right->options().metric), QString("train_acc"));
        QCOMPARE(comparison.valueRange().second, 1.0); // exp(0) at the centre of both
    }

    // Replay moves both trajectories; the shared range stays (a replay is no option change).
    void replayCursorMovesBothPanels()
    {
        LandscapeComparison comparison;
        comparison.setSurfaces({scaledBowl(1), scaledBowl(10)}, {"a", "b"});
        const auto range = comparison.valueRange();
        comparison.setReplayStep(350); // trajectory steps 0, 100, …, 700
        for (auto* panel : comparison.panels()) {
            QCOMPARE(panel->options().currentStep, int64_t(300));
            QCOMPARE(panel->contourView()->options().trajectoryUpTo, 350.0);
        }
        QCOMPARE(comparison.valueRange(), range);
        comparison.setReplayStep(std::numeric_limits<double>::infinity());
        for (auto* panel : comparison.panels())
            QCOMPARE(panel->options().currentStep, int64_t(700));
    }
};

QTEST_MAIN(TestLandscapeComparison)
#include "test_landscape_comparison.moc"
