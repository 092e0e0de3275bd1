#include "widgets/landscape/LandscapePanel.h"
#include "widgets/landscape/OffscreenLandscape.h"

#include "widgets/export/ExportOptionsDialog.h"
#include "widgets/export/FigureExporter.h"
#include "widgets/landscape/ContourMapView.h"
#include "widgets/landscape/SliceChartView.h"
#include "widgets/landscape/Surface3DView.h"
#include "widgets/landscape/SurfaceExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ts::widgets {

namespace {
enum ExportKind { Screenshot3d, ContourFigure, SliceFigure, SurfaceData, ContourCsv, SliceCsv };
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

LandscapePanel::LandscapePanel(QWidget* parent) : QWidget(parent)
{
    // Without OpenGL (Qt's offscreen platform, no display) a QOpenGLWidget would take the
    // whole window down: show the 2-D views only.
    QWidget* left = nullptr;
    if (Surface3DView::isSupported()) {
        view3d_ = new Surface3DView;
        left = view3d_;
    } else {
        auto* note = new QLabel(tr("The 3-D view needs OpenGL, which this display does not offer."));
        note->setAlignment(Qt::AlignCenter);
        note->setWordWrap(true);
        left = note;
    }
    contour_ = new ContourMapView;
    slice_ = new SliceChartView;

    metric_ = new QComboBox;
    metric_->setToolTip(tr("The value drawn as height and colour"));
    log_ = new QCheckBox(tr("Log scale"));
    clipOn_ = new QCheckBox(tr("Clip z at"));
    clip_ = new QDoubleSpinBox;
    clip_->setDecimals(4);
    clip_->setRange(-1e9, 1e9);
    clip_->setValue(10);
    clip_->setEnabled(false);
    wireframe_ = new QCheckBox(tr("Wireframe"));
    std_ = new QCheckBox(tr("Show std"));
    std_->setEnabled(false);
    levels_ = new QLineEdit;
    levels_->setPlaceholderText(tr("contour levels, e.g. 0.5, 1, 2 (empty: automatic)"));
    auto* reset = new QPushButton(tr("Reset camera"));
    auto* exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    const std::pair<int, QString> actions[] = {
        {Screenshot3d, tr("3-D view as PNG…")},     {ContourFigure, tr("Contour map as PNG/SVG/PDF…")},
        {SliceFigure, tr("Slice as PNG/SVG/PDF…")}, {SurfaceData, tr("Surface as VTP/VTS/OBJ/STL/CSV…")},
        {ContourCsv, tr("Grid as CSV…")},           {SliceCsv, tr("Slice as CSV…")}};
    for (const auto& [kind, text] : actions)
        connect(menu->addAction(text), &QAction::triggered, this, [this, kind = kind] { exportWithDialog(kind); });
    exportButton->setMenu(menu);
    info_ = new QLabel;
    info_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    controls->addWidget(metric_);
    controls->addWidget(log_);
    controls->addWidget(clipOn_);
    controls->addWidget(clip_);
    controls->addWidget(wireframe_);
    controls->addWidget(std_);
    controls->addWidget(levels_, 1);
    controls->addWidget(reset);
    controls->addWidget(exportButton);

    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(contour_);
    right->addWidget(slice_);
    auto* views = new QSplitter(Qt::Horizontal);
    views->addWidget(left);
    views->addWidget(right);
    views->setStretchFactor(0, 3);
    views->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(views, 1);
    layout->addWidget(info_);

    connect(metric_, &QComboBox::currentTextChanged, this, [this](const QString& m) {
        if (!m.isEmpty())
            setMetric(m);
    });
    connect(log_, &QCheckBox::toggled, this, &LandscapePanel::setLogScale);
    connect(clipOn_, &QCheckBox::toggled, this, [this](bool on) {
        clip_->setEnabled(on);
        setZClip(on ? clip_->value() : kNaN);
    });
    connect(clip_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (clipOn_->isChecked())
            setZClip(v);
    });
    connect(wireframe_, &QCheckBox::toggled, this, &LandscapePanel::setWireframe);
    connect(std_, &QCheckBox::toggled, this, &LandscapePanel::setShowStd);
    connect(levels_, &QLineEdit::editingFinished, this, [this] {
        if (!setLevelsText(levels_->text()))
            info_->setText(tr("Contour levels must be numbers separated by commas"));
    });
    if (view3d_) {
        connect(reset, &QPushButton::clicked, view3d_, &Surface3DView::resetCamera);
        connect(view3d_, &Surface3DView::pointPicked, this, &LandscapePanel::showPick);
        connect(view3d_, &Surface3DView::checkpointPicked, this, &LandscapePanel::selectCheckpoint);
    } else {
        reset->setEnabled(false);
        wireframe_->setEnabled(false);
    }
    connect(contour_, &ContourMapView::pointPicked, this, &LandscapePanel::showPick);
    connect(contour_, &ContourMapView::checkpointPicked, this, &LandscapePanel::selectCheckpoint);
}

void LandscapePanel::setSurface(const LandscapeSurface& surface)
{
    surface_ = surface;
    const QString previous = QString::fromStdString(options_.metric);
    {
        const QSignalBlocker block(metric_);
        metric_->clear();
        for (const auto& name : surface.metricNames())
            metric_->addItem(QString::fromStdString(name));
        // Prefer the metric shown before, then a loss.
        int index = metric_->findText(previous);
        for (int i = 0; index < 0 && i < metric_->count(); ++i)
            if (metric_->itemText(i).contains("loss"))
                index = i;
        metric_->setCurrentIndex(std::max(0, index));
    }
    options_.metric = metric_->currentText().toStdString();
    options_.currentStep = surface.checkpointStep; // a new surface marks its own centre
    enableStd();
    if (view3d_) {
        view3d_->setOptions(options_);
        view3d_->setSurface(surface);
    }
    contour_->setOptions(options_);
    slice_->setOptions(options_);
    contour_->setSurface(surface);
    slice_->setSurface(surface);
    info_->setText(tr("%1 × %2 grid, %3 of %4 points computed")
                       .arg(surface.nx())
                       .arg(surface.ny())
                       .arg(surface.computedPoints(options_.metric))
                       .arg(surface.nx() * surface.ny()));
}

void LandscapePanel::updateSurface(const LandscapeSurface& surface)
{
    surface_ = surface;
    if (metric_->count() == 0) {
        setSurface(surface);
        return;
    }
    enableStd();
    if (view3d_)
        view3d_->updateSurface(surface);
    contour_->setSurface(surface);
    slice_->setSurface(surface);
    info_->setText(tr("%1 of %2 points computed").arg(surface.computedPoints(options_.metric)).arg(surface.nx() * surface.ny()));
}

void LandscapePanel::applyOptions()
{
    if (view3d_)
        view3d_->setOptions(options_);
    contour_->setOptions(options_);
    slice_->setOptions(options_);
    Q_EMIT optionsChanged();
}

void LandscapePanel::setValueRange(double lo, double hi)
{
    options_.scale.rangeLo = lo;
    options_.scale.rangeHi = hi;
    applyOptions();
}

void LandscapePanel::setMetric(const QString& metric)
{
    if (metric_->currentText() != metric) {
        const QSignalBlocker block(metric_);
        metric_->setCurrentText(metric);
    }
    options_.metric = metric.toStdString();
    enableStd();
    applyOptions();
}

void LandscapePanel::enableStd()
{
    const bool has = surface_.hasStd(options_.metric);
    std_->setEnabled(has);
    std_->setToolTip(has ? tr("Dashed iso-lines of the standard deviation over the %1 batches the surface was "
                              "computed on")
                               .arg(surface_.batches)
                         : tr("Needs a surface computed over several batches (trainscope landscape --batches K)"));
}

void LandscapePanel::setShowStd(bool on)
{
    if (std_->isChecked() != on) {
        const QSignalBlocker block(std_);
        std_->setChecked(on);
    }
    options_.showStd = on;
    contour_->setOptions(options_);
}

void LandscapePanel::setLogScale(bool on)
{
    if (log_->isChecked() != on) {
        const QSignalBlocker block(log_);
        log_->setChecked(on);
    }
    options_.scale.log = on;
    applyOptions();
}

void LandscapePanel::setZClip(double clip)
{
    options_.scale.zClip = clip;
    applyOptions();
}

void LandscapePanel::setWireframe(bool on)
{
    if (wireframe_->isChecked() != on) {
        const QSignalBlocker block(wireframe_);
        wireframe_->setChecked(on);
    }
    options_.wireframe = on;
    if (view3d_)
        view3d_->setOptions(options_);
}

bool LandscapePanel::setLevelsText(const QString& text)
{
    std::vector<double> levels;
    for (const QString& part : text.split(QRegularExpression("[,;\\s]+"), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return false;
        levels.push_back(v);
    }
    if (levels_->text() != text)
        levels_->setText(text);
    contour_->setLevels(levels);
    return true;
}

void LandscapePanel::setCurrentStep(int64_t step)
{
    options_.currentStep = step;
    applyOptions();
}

void LandscapePanel::setReplayStep(double step)
{
    if (std::isnan(step))
        step = kEverything;
    const bool wasReplaying = std::isfinite(options_.trajectoryUpTo);
    if (!wasReplaying && std::isinf(step))
        return;
    if (!wasReplaying)
        stepBeforeReplay_ = options_.currentStep;
    int64_t current = stepBeforeReplay_;
    if (std::isfinite(step)) {
        current = -1;
        for (const TrajectoryPoint& t : surface_.trajectory)
            if (double(t.step) <= step)
                current = std::max(current, t.step);
    }
    // Redraw only when a checkpoint is crossed: the cursor moves thirty times a second.
    const auto reached = [this](double upTo) {
        return std::count_if(surface_.trajectory.begin(), surface_.trajectory.end(),
                             [upTo](const TrajectoryPoint& t) { return double(t.step) <= upTo; });
    };
    const bool same = current == options_.currentStep && reached(step) == reached(options_.trajectoryUpTo);
    options_.trajectoryUpTo = step;
    if (same)
        return;
    options_.currentStep = current;
    // Not applyOptions(): a replay is no option change for panels compared side by side.
    if (view3d_)
        view3d_->setOptions(options_);
    contour_->setOptions(options_);
    slice_->setOptions(options_);
}

void LandscapePanel::showPick(double x, double y, double value)
{
    QString text = tr("x = %1").arg(x, 0, 'g', 5);
    if (surface_.is2d())
        text += tr(", y = %1").arg(y, 0, 'g', 5);
    text += tr(": %1 = %2").arg(QString::fromStdString(options_.metric)).arg(value, 0, 'g', 6);
    if (surface_.hasStd(options_.metric)) {
        const auto ix = std::find(surface_.xs.begin(), surface_.xs.end(), x) - surface_.xs.begin();
        const auto iy = surface_.is2d() ? std::find(surface_.ys.begin(), surface_.ys.end(), y) - surface_.ys.begin() : 0;
        text += tr(" ± %1 (std over %2 batches)")
                    .arg(surface_.stdValue(options_.metric, ix, iy), 0, 'g', 4)
                    .arg(surface_.batches);
    }
    info_->setText(text);
}

void LandscapePanel::selectCheckpoint(qint64 step)
{
    setCurrentStep(step);
    for (const TrajectoryPoint& t : surface_.trajectory)
        if (t.step == step)
            info_->setText(tr("checkpoint at step %1: (%2, %3), loss %4, %5 from the plane")
                               .arg(step)
                               .arg(t.x, 0, 'g', 5)
                               .arg(t.y, 0, 'g', 5)
                               .arg(t.loss, 0, 'g', 6)
                               .arg(t.residual, 0, 'g', 4));
    Q_EMIT checkpointSelected(step);
}

QString LandscapePanel::exportScreenshot(const QString& path, const QSize& size) const
{
    if (!view3d_) { // the offscreen renderer needs no widget, only VTK's X display
        QString error;
        const QImage image = renderLandscapeImage(surface_, options_, size, nullptr, &error);
        if (image.isNull())
            return error;
        return image.save(path, "PNG") ? QString() : tr("%1: cannot write the PNG file").arg(path);
    }
    return view3d_->savePng(path, size);
}

QString LandscapePanel::exportFigure(QWidget* view, const QString& path, const QSize& size, double dpi) const
{
    ts::widgets::FigureExporter exporter(view);
    exporter.setPixelSize(size);
    exporter.setDpi(dpi);
    exporter.setTitle(QFileInfo(path).completeBaseName());
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == "png")
        ok = exporter.savePng(path);
    else if (suffix == "svg")
        ok = exporter.saveSvg(path);
    else if (suffix == "pdf")
        ok = exporter.savePdf(path);
    else
        return tr("%1: figures are written as .png, .svg or .pdf").arg(path);
    return ok ? QString() : exporter.errorString();
}

QString LandscapePanel::exportSurface(const QString& path) const
{
    return SurfaceExport::write(surface_, options_.metric, options_.scale, path);
}

void LandscapePanel::exportWithDialog(int what)
{
    QString filter;
    switch (what) {
    case Screenshot3d: filter = tr("PNG image (*.png)"); break;
    case ContourFigure:
    case SliceFigure: filter = tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"); break;
    case SurfaceData:
        filter = tr("VTK polydata (*.vtp);;VTK structured grid (*.vts);;Wavefront OBJ (*.obj);;STL mesh (*.stl);;"
                    "CSV grid (*.csv)");
        break;
    default: filter = tr("CSV (*.csv)"); break;
    }
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(), filter, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // take the suffix of the chosen filter
        path += selected.section("*", 1, 1).section(")", 0, 0);
    QString error;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (what == Screenshot3d || what == ContourFigure || what == SliceFigure) {
        ExportOptionsDialog dialog(suffix != "svg", this);
        dialog.setPixelSize(what == Screenshot3d ? QSize(1920, 1440) : QSize(1600, 1200));
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (what == Screenshot3d)
            error = exportScreenshot(path, dialog.pixelSize());
        else
            error = exportFigure(what == ContourFigure ? static_cast<QWidget*>(contour_) : slice_, path,
                                 dialog.pixelSize(), dialog.dpi());
    } else if (what == SurfaceData) {
        error = exportSurface(path);
    } else {
        const ts::widgets::CsvExportable& source =
            what == ContourCsv ? static_cast<const ts::widgets::CsvExportable&>(*contour_) : *slice_;
        source.writeCsv(path, &error);
    }
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        info_->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace ts::widgets
