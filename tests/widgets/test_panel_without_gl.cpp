// The landscape panel on a platform without OpenGL (Qt's offscreen one, as the application's
// tests and `render` use): no 3-D view, no crash, and the 2-D views and exports still work.
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

#include "LandscapeTestSurface.h"
#include "widgets/landscape/ContourMapView.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/landscape/SliceChartView.h"
#include "widgets/landscape/Surface3DView.h"

using namespace ts::widgets;

class TestPanelWithoutGl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoDimensionalViewsOnly()
    {
        QCOMPARE(QGuiApplication::platformName(), QString("offscreen"));
        QVERIFY(!Surface3DView::isSupported());
        LandscapePanel panel;
        panel.resize(1000, 700);
        const auto surface = ts::test::bowlSurface();
        panel.setSurface(surface);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.surfaceView());
        QVERIFY(panel.findChild<QLabel*>() != nullptr);
        panel.setLogScale(true);
        panel.setWireframe(true);
        panel.updateSurface(ts::test::halfComputed(surface));
        panel.updateSurface(surface);
        const GridPick pick = panel.contourView()->pickAt(panel.contourView()->positionOf(surface.xs[2], surface.ys[3]));
        QCOMPARE(pick.value, ts::test::bowlLoss(surface.xs[2], surface.ys[3]));
        QTemporaryDir dir;
        QCOMPARE(panel.exportFigure(panel.contourView(), dir.filePath("c.png"), QSize(600, 400), 96), QString());
        QCOMPARE(QImage(dir.filePath("c.png")).size(), QSize(600, 400));
        QCOMPARE(panel.exportSurface(dir.filePath("s.vtp")), QString());
    }
};

QTEST_MAIN(TestPanelWithoutGl)
#include "test_panel_without_gl.moc"
