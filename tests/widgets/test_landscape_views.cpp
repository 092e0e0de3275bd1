// The landscape views on an analytic surface (a bowl, see LandscapeTestSurface.h), rendered
// for real: VTK in a QOpenGLWidget under xvfb. Opens the panel, toggles the log scale, picks
// grid points and checkpoints in the 3-D and contour views and checks every export by reading
// the files back (VTK's own XML readers for .vtp/.vts).
#include "widgets/landscape/VtkOpenGLWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkCellData.h>
#include <vtkDataArray.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>
#include <vtkSmartPointer.h>
#include <vtkStringArray.h>
#include <vtkFieldData.h>
#include <vtkStructuredGrid.h>
#include <vtkXMLPolyDataReader.h>
#include <vtkXMLStructuredGridReader.h>

#include "LandscapeTestSurface.h"
#include "widgets/landscape/ContourMapView.h"
#include "widgets/landscape/LandscapePanel.h"
#include "widgets/landscape/SliceChartView.h"
#include "widgets/landscape/Surface3DView.h"
#include "widgets/landscape/SurfaceExport.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <set>

using namespace ts::widgets;

class TestLandscapeViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void panelOpensSurface();
    void logScaleToggles();
    void pick3dGridPoint();
    void pick3dCheckpoint();
    void pickContour();
    void progressiveUpdateKeepsCamera();
    void mouseRotatesAndZooms();
    void emptyThenFilled();
    void screenshotPng();
    void vtpReadsBack();
    void vtpOfPartialSurface();
    void vtsReadsBack();
    void objAndStl();
    void gridCsv();
    void contourAndSliceFigures();
    void sliceCsv();
    void replayGrowsTheTrajectory();
    void stdLayerOfABatchedSurface();

private:
    QString path(const char* name) const { return dir_.filePath(name); }
    static int distinctColours(const QImage& image);
    QTemporaryDir dir_;
    ts::LandscapeSurface surface_;
    LandscapePanel* panel_ = nullptr;
};

int TestLandscapeViews::distinctColours(const QImage& image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

void TestLandscapeViews::initTestCase()
{
    QVERIFY(dir_.isValid());
    if (qEnvironmentVariableIsSet("TRAINSCOPE_KEEP_TEST_FILES")) { // to look at the figures
        dir_.setAutoRemove(false);
        qInfo() << "files in" << dir_.path();
    }
    surface_ = ts::test::bowlSurface();
    panel_ = new LandscapePanel;
    panel_->resize(1200, 800);
    panel_->setSurface(surface_);
    panel_->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel_));
    QCoreApplication::processEvents();
    // One real frame, so VTK has its context, size and camera.
    const QImage frame = panel_->surfaceView()->grabFramebuffer();
    QVERIFY(!frame.isNull());
    QVERIFY(distinctColours(frame) > 20);
    if (!dir_.autoRemove())
        panel_->grab().save(path("panel.png"));
}

void TestLandscapeViews::cleanupTestCase() { delete panel_; }

void TestLandscapeViews::panelOpensSurface()
{
    auto* metric = panel_->findChild<QComboBox*>();
    QVERIFY(metric);
    QCOMPARE(metric->count(), 2);
    QCOMPARE(metric->currentText(), QString("train_loss")); // a loss is preferred
    QCOMPARE(panel_->options().metric, std::string("train_loss"));
    QCOMPARE(panel_->options().currentStep, int64_t(700)); // the surface's centre checkpoint
    QCOMPARE(panel_->surfaceView()->surface().nx(), int64_t(21));
    QCOMPARE(panel_->surfaceView()->surface().ny(), int64_t(15));
    // The slice runs through y = 0 (row 7 of ys = −1.5 … 1.5) and pairs the loss with the accuracy.
    const auto slice = panel_->sliceView()->slice();
    QCOMPARE(panel_->sliceView()->row(), int64_t(7));
    QCOMPARE(slice.accuracyName, std::string("train_acc"));
    QCOMPARE(slice.x.size(), size_t(21));
    for (size_t i = 0; i < slice.x.size(); ++i) {
        QCOMPARE(slice.loss[i], ts::test::bowlLoss(slice.x[i], 0.0));
        QCOMPARE(slice.accuracy[i], ts::test::bowlAccuracy(slice.x[i], 0.0));
    }
}

void TestLandscapeViews::logScaleToggles()
{
    // Automatic contour levels span the values shown: the losses, then their log10.
    const double lo = 0.5, hi = ts::test::bowlLoss(1, 1.5);
    auto levels = panel_->contourView()->levels();
    QVERIFY(levels.front() > lo && levels.back() < hi && levels.back() > 1.0);
    panel_->setLogScale(true);
    QVERIFY(panel_->options().scale.log);
    QVERIFY(panel_->surfaceView()->options().scale.log);
    QVERIFY(panel_->contourView()->options().scale.log);
    levels = panel_->contourView()->levels();
    QVERIFY(levels.front() > std::log10(lo) && levels.back() < std::log10(hi));
    QVERIFY(levels.front() < 0); // log10 of losses below 1
    const QImage logFrame = panel_->surfaceView()->grabFramebuffer();
    panel_->setLogScale(false);
    const QImage linearFrame = panel_->surfaceView()->grabFramebuffer();
    QVERIFY(!panel_->options().scale.log);
    QVERIFY(logFrame != linearFrame); // the surface was redrawn with other heights
    // User levels replace the automatic ones; nonsense is refused.
    QVERIFY(panel_->setLevelsText("0.6, 1, 2"));
    QCOMPARE(panel_->contourView()->levels(), (std::vector<double>{0.6, 1, 2}));
    QVERIFY(!panel_->setLevelsText("0.6, one"));
    QVERIFY(panel_->setLevelsText(""));
    QCOMPARE(panel_->contourView()->levels().size(), size_t(10));
}

void TestLandscapeViews::pick3dGridPoint()
{
    Surface3DView* view = panel_->surfaceView();
    // From straight above every grid point is in sight (from the default view the bowl's
    // front wall hides part of its inside, and a pick there rightly hits the wall).
    vtkRenderer* renderer = view->renderWindow()->GetRenderers()->GetFirstRenderer();
    vtkCamera* camera = renderer->GetActiveCamera();
    camera->SetFocalPoint(0, 0, 0);
    camera->SetPosition(0, 0, 10);
    camera->SetViewUp(0, 1, 0);
    renderer->ResetCamera();
    view->grabFramebuffer();
    QSignalSpy spy(view, &Surface3DView::pointPicked);
    for (const auto& [ix, iy] : {std::pair<int64_t, int64_t>{15, 4}, {3, 11}, {10, 7}}) {
        const QPoint at = view->gridPointPosition(ix, iy);
        QVERIFY(view->rect().contains(at));
        const GridPick pick = view->pickAt(at);
        QVERIFY(pick.hit);
        QCOMPARE(pick.ix, ix);
        QCOMPARE(pick.iy, iy);
        QCOMPARE(pick.x, surface_.xs[size_t(ix)]);
        QCOMPARE(pick.y, surface_.ys[size_t(iy)]);
        QCOMPARE(pick.value, ts::test::bowlLoss(pick.x, pick.y));
    }
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last().at(2).toDouble(), ts::test::bowlLoss(surface_.xs[10], surface_.ys[7]));
    // Off the surface: nothing.
    QVERIFY(!view->pickAt(QPoint(2, 2)).hit);
    view->resetCamera();
}

void TestLandscapeViews::pick3dCheckpoint()
{
    Surface3DView* view = panel_->surfaceView();
    QSignalSpy picked(view, &Surface3DView::checkpointPicked);
    QSignalSpy selected(panel_, &LandscapePanel::checkpointSelected);
    const QPoint at = view->trajectoryPointPosition(3);
    QVERIFY(view->rect().contains(at));
    view->pickAt(at);
    QCOMPARE(picked.count(), 1);
    QCOMPARE(picked.first().at(0).toLongLong(), 300LL);
    // Selected everywhere.
    QCOMPARE(selected.count(), 1);
    QCOMPARE(panel_->options().currentStep, int64_t(300));
    QCOMPARE(panel_->contourView()->options().currentStep, int64_t(300));
    // A real click (press and release in place) picks as well.
    const QPoint at5 = view->trajectoryPointPosition(5);
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, at5);
    QCOMPARE(picked.count(), 2);
    QCOMPARE(picked.last().at(0).toLongLong(), 500LL);
}

void TestLandscapeViews::pickContour()
{
    ContourMapView* view = panel_->contourView();
    QSignalSpy spy(view, &ContourMapView::pointPicked);
    const GridPick pick = view->pickAt(view->positionOf(surface_.xs[5], surface_.ys[9]));
    QVERIFY(pick.hit);
    QCOMPARE(pick.ix, int64_t(5));
    QCOMPARE(pick.iy, int64_t(9));
    QCOMPARE(pick.value, ts::test::bowlLoss(surface_.xs[5], surface_.ys[9]));
    QCOMPARE(spy.count(), 1);
    QVERIFY(view->pickedText().contains("train_loss"));
    // A checkpoint marker.
    QSignalSpy steps(view, &ContourMapView::checkpointPicked);
    const auto& t = surface_.trajectory[2];
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, view->positionOf(t.x, t.y).toPoint());
    QCOMPARE(steps.count(), 1);
    QCOMPARE(steps.first().at(0).toLongLong(), 200LL);
}

void TestLandscapeViews::progressiveUpdateKeepsCamera()
{
    Surface3DView* view = panel_->surfaceView();
    vtkCamera* camera = view->renderWindow()->GetRenderers()->GetFirstRenderer()->GetActiveCamera();
    camera->Azimuth(40);
    camera->Elevation(10);
    double before[3];
    camera->GetPosition(before);
    panel_->updateSurface(ts::test::halfComputed(surface_));
    panel_->updateSurface(surface_);
    double after[3];
    camera->GetPosition(after);
    for (int k = 0; k < 3; ++k)
        QCOMPARE(after[k], before[k]);
    // A new surface resets it.
    panel_->setSurface(surface_);
    camera->GetPosition(after);
    QVERIFY(std::abs(after[0] - before[0]) + std::abs(after[1] - before[1]) > 1e-6);
}

void TestLandscapeViews::mouseRotatesAndZooms()
{
    Surface3DView* view = panel_->surfaceView();
    view->resetCamera();
    vtkCamera* camera = view->renderWindow()->GetRenderers()->GetFirstRenderer()->GetActiveCamera();
    double before[3], after[3];
    camera->GetPosition(before);
    const double distance = camera->GetDistance();
    // Left drag: the trackball turns the camera about the focal point (same distance).
    const QPoint centre = view->rect().center();
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, centre);
    for (int k = 1; k <= 5; ++k) {
        QMouseEvent move(QEvent::MouseMove, QPointF(centre + QPoint(20 * k, 0)), view->mapToGlobal(QPointF(centre + QPoint(20 * k, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view, &move);
    }
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, centre + QPoint(100, 0));
    camera->GetPosition(after);
    QVERIFY(std::abs(after[0] - before[0]) + std::abs(after[1] - before[1]) > 1e-3);
    QVERIFY(std::abs(camera->GetDistance() - distance) < 1e-6 * distance);
    // Wheel forward: closer.
    QWheelEvent wheel(QPointF(centre), view->mapToGlobal(QPointF(centre)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QVERIFY(camera->GetDistance() < distance * 0.99);
    view->resetCamera();
}

void TestLandscapeViews::emptyThenFilled()
{
    // A progressive computation starts with no point computed: nothing to draw, nothing to
    // pick, no crash; the first points then frame the camera.
    ts::LandscapeSurface none = surface_;
    for (auto& [name, v] : none.values)
        std::fill(v.begin(), v.end(), std::nan(""));
    LandscapePanel panel;
    panel.resize(900, 600);
    panel.setSurface(none);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.surfaceView()->grabFramebuffer().isNull());
    QVERIFY(!panel.surfaceView()->pickAt(panel.surfaceView()->rect().center()).hit);
    QVERIFY(!panel.contourView()->pickAt(panel.contourView()->rect().center()).hit);
    QCOMPARE(panel.surfaceView()->gridPointPosition(3, 3), QPoint(-1, -1));
    panel.updateSurface(ts::test::halfComputed(surface_));
    panel.updateSurface(surface_);
    panel.surfaceView()->grabFramebuffer();
    const QPoint at = panel.surfaceView()->gridPointPosition(10, 14); // the far edge: in sight
    QVERIFY(panel.surfaceView()->rect().contains(at));
    QCOMPARE(panel.surfaceView()->pickAt(at).iy, int64_t(14));
}

void TestLandscapeViews::screenshotPng()
{
    const QString file = path("surface.png");
    QCOMPARE(panel_->exportScreenshot(file, QSize(1000, 700)), QString());
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1000, 700));
    QVERIFY(distinctColours(image) > 50); // shaded surface, colour bar, trajectory
    // The surface is drawn in viridis: a green-yellow-purple pixel somewhere in the middle.
    bool viridisLike = false;
    for (int y = 200; y < 500 && !viridisLike; y += 4)
        for (int x = 250; x < 750 && !viridisLike; x += 4) {
            const QColor c = image.pixelColor(x, y);
            viridisLike = c.green() > c.red() + 40 && c.green() > 90;
        }
    QVERIFY(viridisLike);
    QVERIFY(!panel_->exportScreenshot(path("tiny.png"), QSize(4, 4)).isEmpty());
}

void TestLandscapeViews::vtpReadsBack()
{
    const QString file = path("surface.vtp");
    QCOMPARE(panel_->exportSurface(file), QString());
    auto reader = vtkSmartPointer<vtkXMLPolyDataReader>::New();
    reader->SetFileName(QFile::encodeName(file).constData());
    reader->Update();
    vtkPolyData* poly = reader->GetOutput();
    QCOMPARE(poly->GetNumberOfPoints(), vtkIdType(21 * 15));
    QCOMPARE(poly->GetNumberOfPolys(), vtkIdType(20 * 14));
    vtkDataArray* z = poly->GetPointData()->GetArray("zvalue");
    QVERIFY(z);
    QVERIFY(poly->GetCellData()->GetArray("averaged zvalue"));
    QVERIFY(poly->GetPointData()->GetArray("train_acc"));
    // Point (ix, iy) = (4, 2): x fastest, z = the loss.
    const vtkIdType id = 2 * 21 + 4;
    double p[3];
    poly->GetPoint(id, p);
    QCOMPARE(p[0], surface_.xs[4]);
    QCOMPARE(p[1], surface_.ys[2]);
    QCOMPARE(p[2], ts::test::bowlLoss(p[0], p[1]));
    QCOMPARE(z->GetTuple1(id), p[2]);
    auto* run = vtkStringArray::SafeDownCast(poly->GetFieldData()->GetAbstractArray("run"));
    QVERIFY(run);
    QCOMPARE(QString::fromStdString(run->GetValue(0)), QString("bowl.h5"));
    // Log scale and clip act on the heights, as h52vtp's --log/--zmax.
    panel_->setZClip(1.0);
    panel_->setLogScale(true);
    QCOMPARE(panel_->exportSurface(path("log.vtp")), QString());
    panel_->setLogScale(false);
    panel_->setZClip(std::nan(""));
    reader->SetFileName(QFile::encodeName(path("log.vtp")).constData());
    reader->Update();
    poly = reader->GetOutput();
    poly->GetPoint(0, p); // (−1, −1.5): loss 3.0 > clip 1
    QCOMPARE(p[2], 0.0);
    poly->GetPoint(7 * 21 + 10, p); // (0, 0): 0.5
    QCOMPARE(p[2], std::log10(0.5));
}

void TestLandscapeViews::vtpOfPartialSurface()
{
    const ts::LandscapeSurface half = ts::test::halfComputed(surface_);
    SurfaceScale scale;
    const QString file = path("half.vtp");
    QCOMPARE(SurfaceExport::write(half, "train_loss", scale, file), QString());
    auto reader = vtkSmartPointer<vtkXMLPolyDataReader>::New();
    reader->SetFileName(QFile::encodeName(file).constData());
    reader->Update();
    QCOMPARE(reader->GetOutput()->GetNumberOfPoints(), vtkIdType(21 * 8)); // rows 0, 2, …, 14
    QCOMPARE(reader->GetOutput()->GetNumberOfPolys(), vtkIdType(0));        // no cell has 4 corners
}

void TestLandscapeViews::vtsReadsBack()
{
    const QString file = path("surface.vts");
    QCOMPARE(panel_->exportSurface(file), QString());
    auto reader = vtkSmartPointer<vtkXMLStructuredGridReader>::New();
    reader->SetFileName(QFile::encodeName(file).constData());
    reader->Update();
    vtkStructuredGrid* grid = reader->GetOutput();
    int dims[3];
    grid->GetDimensions(dims);
    QCOMPARE(dims[0], 21);
    QCOMPARE(dims[1], 15);
    QCOMPARE(dims[2], 1);
    QVERIFY(grid->GetPointData()->GetArray("zvalue"));
    double p[3];
    grid->GetPoint(5 * 21 + 17, p);
    QCOMPARE(p[2], ts::test::bowlLoss(surface_.xs[17], surface_.ys[5]));
}

void TestLandscapeViews::objAndStl()
{
    QCOMPARE(panel_->exportSurface(path("surface.obj")), QString());
    QFile obj(path("surface.obj"));
    QVERIFY(obj.open(QIODevice::ReadOnly));
    int vertices = 0, faces = 0;
    while (!obj.atEnd()) {
        const QByteArray line = obj.readLine();
        vertices += line.startsWith("v ");
        faces += line.startsWith("f ");
    }
    QCOMPARE(vertices, 21 * 15);
    QCOMPARE(faces, 20 * 14);

    QCOMPARE(panel_->exportSurface(path("surface.stl")), QString());
    QFile stl(path("surface.stl"));
    QVERIFY(stl.open(QIODevice::ReadOnly));
    const QByteArray bytes = stl.readAll();
    QVERIFY(bytes.size() > 84);
    quint32 triangles = 0;
    std::memcpy(&triangles, bytes.constData() + 80, 4);
    QCOMPARE(triangles, quint32(2 * 20 * 14));
    QCOMPARE(bytes.size(), 84 + 50 * int(triangles));
}

void TestLandscapeViews::gridCsv()
{
    QCOMPARE(panel_->exportSurface(path("grid.csv")), QString());
    QFile f(path("grid.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("x,y,train_acc,train_loss"));
    QCOMPARE(lines.size(), 21 * 15 + 2); // header, rows, trailing empty
    const QList<QByteArray> row = lines.at(1 + 3 * 21 + 6).split(','); // (ix, iy) = (6, 3)
    QCOMPARE(row.at(0).toDouble(), surface_.xs[6]);
    QCOMPARE(row.at(1).toDouble(), surface_.ys[3]);
    QCOMPARE(row.at(3).toDouble(), ts::test::bowlLoss(surface_.xs[6], surface_.ys[3]));
    QString error;
    QVERIFY(panel_->contourView()->writeCsv(path("contour.csv"), &error));
    QFile c(path("contour.csv"));
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), [&] { QFile g(path("grid.csv")); g.open(QIODevice::ReadOnly); return g.readAll(); }());
}

void TestLandscapeViews::contourAndSliceFigures()
{
    for (QWidget* view : {static_cast<QWidget*>(panel_->contourView()), static_cast<QWidget*>(panel_->sliceView())}) {
        const QString base = view == panel_->contourView() ? "contour" : "slice";
        QCOMPARE(panel_->exportFigure(view, path(qPrintable(base + ".png")), QSize(900, 700), 150), QString());
        const QImage image(path(qPrintable(base + ".png")));
        QCOMPARE(image.size(), QSize(900, 700));
        QVERIFY(distinctColours(image) > 20);
        QCOMPARE(panel_->exportFigure(view, path(qPrintable(base + ".svg")), QSize(900, 700), 96), QString());
        QFile svg(path(qPrintable(base + ".svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QCOMPARE(panel_->exportFigure(view, path(qPrintable(base + ".pdf")), QSize(900, 700), 300), QString());
        QFile pdf(path(qPrintable(base + ".pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(!panel_->exportFigure(view, path("figure.bmp"), QSize(900, 700), 96).isEmpty());
    }
}

void TestLandscapeViews::sliceCsv()
{
    QString error;
    QVERIFY(panel_->sliceView()->writeCsv(path("slice.csv"), &error));
    QFile f(path("slice.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("x,train_loss,train_acc"));
    QCOMPARE(lines.size(), 21 + 2);
    for (int i = 1; i <= 21; ++i) {
        const QList<QByteArray> row = lines.at(i).split(',');
        const double x = row.at(0).toDouble();
        QCOMPARE(row.at(1).toDouble(), ts::test::bowlLoss(x, 0.0));
        QCOMPARE(row.at(2).toDouble(), ts::test::bowlAccuracy(x, 0.0));
    }
}

// Replay: the 3-D trajectory ends at the last checkpoint reached, which is marked; +inf
// brings back the whole path and the checkpoint marked before.
void TestLandscapeViews::replayGrowsTheTrajectory()
{
    Surface3DView* view = panel_->surfaceView();
    const int64_t before = panel_->options().currentStep;
    panel_->setReplayStep(250);
    QCOMPARE(view->options().currentStep, int64_t(200));
    QVERIFY(view->rect().contains(view->trajectoryPointPosition(2)));
    QCOMPARE(view->trajectoryPointPosition(3), QPoint(-1, -1)); // not reached: not drawn
    QCOMPARE(view->trajectoryPointPosition(7), QPoint(-1, -1));
    panel_->setReplayStep(700);
    QVERIFY(view->rect().contains(view->trajectoryPointPosition(7)));
    QCOMPARE(view->options().currentStep, int64_t(700));
    panel_->setReplayStep(std::numeric_limits<double>::infinity());
    QCOMPARE(view->options().currentStep, before);
    QVERIFY(view->rect().contains(view->trajectoryPointPosition(3)));
}

void TestLandscapeViews::stdLayerOfABatchedSurface()
{
    QCheckBox* box = panel_->stdCheckBox();
    QVERIFY(box);
    QVERIFY(!box->isEnabled()); // the bowl has no std map
    // A surface over 4 batches: std(x, y) = 0.1 + 0.05·x + 0.02·y².
    auto batched = surface_;
    batched.batches = 4;
    auto& sd = batched.stds["train_loss"];
    for (double y : batched.ys)
        for (double x : batched.xs)
            sd.push_back(0.1 + 0.05 * x + 0.02 * y * y);
    panel_->setSurface(batched);
    QVERIFY(box->isEnabled());
    ContourMapView* view = panel_->contourView();
    QVERIFY(!view->showsStd());
    const QImage without = view->grab().toImage();
    box->click();
    QVERIFY(panel_->options().showStd);
    QVERIFY(view->showsStd());
    const auto levels = view->stdLevels();
    QCOMPARE(levels.size(), size_t(5));
    const double lo = 0.1 - 0.05, hi = 0.1 + 0.05 + 0.02 * 1.5 * 1.5;
    QCOMPARE(levels.front(), lo + (hi - lo) / 6);
    QCOMPARE(levels.back(), lo + 5 * (hi - lo) / 6);
    const QImage with = view->grab().toImage();
    // The title names the levels of the dashed lines.
    QStringList at;
    for (double l : levels)
        at << QString::number(l, 'g', 3);
    QVERIFY2(view->title().endsWith("mean of 4 batches; dashed: std = " + at.join(", ")), qPrintable(view->title()));
    QCOMPARE(with.size(), without.size());
    int changed = 0;
    for (int y = 0; y < with.height(); ++y)
        for (int x = 0; x < with.width(); ++x)
            changed += with.pixel(x, y) != without.pixel(x, y);
    QVERIFY2(changed > 300, qPrintable(QString::number(changed))); // the dashed lines (and the title)
    // The pick states mean ± std at the grid point.
    const GridPick pick = view->pickAt(view->positionOf(batched.xs[16], batched.ys[3]));
    QVERIFY(pick.hit);
    const double expected = 0.1 + 0.05 * batched.xs[16] + 0.02 * batched.ys[3] * batched.ys[3];
    QVERIFY2(view->pickedText().contains(QString::fromUtf8("± ") + QString::number(expected, 'g', 4)),
             qPrintable(view->pickedText()));
    QVERIFY(view->pickedText().contains("4 batches"));
    // Another metric without a std map: the box is disabled and nothing dashed is drawn.
    panel_->setMetric("train_acc");
    QVERIFY(!box->isEnabled());
    QVERIFY(!view->showsStd());
    panel_->setShowStd(false);
    QVERIFY(!box->isChecked());
    panel_->setSurface(surface_);
    QVERIFY(!box->isEnabled());
}

int main(int argc, char** argv)
{
    ts::widgets::prepareOpenGLForVtk(); // as the application's main does
    QApplication app(argc, argv);
    TestLandscapeViews test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_landscape_views.moc"
