#include "widgets/grokking/GrokkingDashboard.h"

#include "widgets/charts/ChartGrid.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/charts/ReflowPage.h"
#include "widgets/export/CsvWriter.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ts::widgets {

namespace {
const QColor kBlue("#0072B2"), kOrange("#D55E00"), kGreen("#009E73"), kPink("#CC79A7"), kGrey(120, 120, 120);

ts::widgets::CurveChartView::Curve curve(const QString& id, const QString& label, const QColor& c, std::vector<double> x,
                                std::vector<double> y)
{
    return {id, label, c, std::move(x), std::move(y)};
}

// The smallest size of a progress-measure chart whose title, legend and axes fit.
const QSize kMeasureCell(300, 180);

ts::widgets::CurveChartView* smallChart(const QString& title)
{
    auto* chart = new ts::widgets::CurveChartView;
    chart->chart()->setTitle(title);
    chart->setCompact(true);
    return chart;
}

// Value of a per-checkpoint series at the checkpoint nearest to step.
std::size_t nearest(const std::vector<double>& steps, double step)
{
    std::size_t best = 0;
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (std::fabs(steps[i] - step) < std::fabs(steps[best] - step))
            best = i;
    return best;
}
} // namespace

GrokkingDashboard::GrokkingDashboard(QWidget* parent) : QWidget(parent)
{
    setObjectName("grokkingDashboard");
    verdict_ = new QLabel(this);
    verdict_->setWordWrap(true);
    verdict_->setObjectName("verdict");
    accuracy_ = new ts::widgets::CurveChartView(this);
    accuracy_->setObjectName("accuracyChart");
    accuracy_->setCompact(true); // tight margins: the plot keeps the room
    for (const QString& t : {tr("Weight norm"), tr("Distance from initialisation"), tr("Gradient coherence"),
                             tr("Fourier sparsity (Gini)"), tr("Restricted and excluded loss")})
        measures_.push_back(smallChart(t));
    heatmap_ = new ts::widgets::HeatmapView(this);
    spectrum_ = new ts::widgets::CurveChartView(this);
    spectrum_->setObjectName("spectrumChart");
    spectrum_->setCompact(true); // its title names its one curve
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName("checkpointSlider");
    play_ = new QToolButton(this);
    play_->setObjectName("playButton");
    play_->setCheckable(true);
    play_->setText(tr("Play"));
    timer_ = new QTimer(this);
    timer_->setInterval(150);
    cursor_ = new QLabel(this);
    cursor_->setObjectName("cursorLabel");
    cursor_->setWordWrap(true);

    // The measures reflow: three columns where they fit at a legible size, fewer otherwise.
    auto* grid = grid_ = new ChartGrid(kMeasureCell, 3);
    grid->setObjectName("measureGrid");
    for (auto* m : measures_)
        grid->addChart(m);
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(play_);
    sliderRow->addWidget(slider_, 1);
    auto* spectrumBox = spectrumBox_ = new QWidget;
    auto* spectrumLayout = new QVBoxLayout(spectrumBox);
    spectrumLayout->setContentsMargins(0, 0, 0, 0);
    spectrumLayout->addWidget(spectrum_, 1);
    spectrumLayout->addLayout(sliderRow);
    auto* fourierRow = new QSplitter(Qt::Horizontal);
    fourierRow_ = fourierRow;
    fourierRow->addWidget(heatmap_);
    fourierRow->addWidget(spectrumBox);
    fourierRow->setStretchFactor(0, 3);
    fourierRow->setStretchFactor(1, 2);
    applyMinimumSizes(1.0);
    // Fixed proportions (not a splitter) so figures rendered headless have the same layout;
    // below the charts' legible sizes the dashboard scrolls instead of shrinking them.
    auto* content = new ReflowPage;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(verdict_);
    layout->addWidget(accuracy_, 3);
    layout->addWidget(grid, 4);
    layout->addWidget(fourierRow, 3);
    layout->addWidget(cursor_);
    auto* scroll = content->inScrollArea(this);
    scroll->setObjectName("dashboardScroll");
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(slider_, &QSlider::valueChanged, this, [this] { updateSpectrum(); });
    connect(play_, &QToolButton::toggled, this, [this](bool on) { setPlaying(on); });
    connect(timer_, &QTimer::timeout, this, [this] {
        if (slider_->value() >= slider_->maximum())
            slider_->setValue(0);
        else
            slider_->setValue(slider_->value() + 1);
    });
    accuracy_->setStepAxis(true);
    for (auto* m : measures_)
        m->setStepAxis(true);
    auto sync = [this](double x, double) { setCursorStep(x); };
    connect(accuracy_, &ts::widgets::CurveChartView::cursorMoved, this, sync);
    for (auto* m : measures_)
        connect(m, &ts::widgets::CurveChartView::cursorMoved, this, sync);
}

void GrokkingDashboard::applyMinimumSizes(double scale)
{
    accuracy_->setMinimumHeight(int(200 * scale));
    spectrumBox_->setMinimumWidth(int(320 * scale));
    fourierRow_->setMinimumHeight(int(220 * scale));
    grid_->setMinimumCell(kMeasureCell * scale);
}

void GrokkingDashboard::setPresentation(const Presentation& presentation)
{
    // Presenter text is twice the normal size: so are the sizes it needs.
    applyMinimumSizes(presentation.active() ? 2.0 : 1.0);
}

QString GrokkingDashboard::intervalText(const QString& name, const GrokkingData::EventInterval& e)
{
    if (e.n == 0)
        return tr("%1 never (n = 0)").arg(name);
    return tr("%1 %2 ± %3 (n = %4)").arg(name).arg(e.mean, 0, 'f', 0).arg(e.std, 0, 'f', 0).arg(e.n);
}

QVector<ts::widgets::CurveChartView::Curve> GrokkingDashboard::accuracyCurves(const GrokkingData& d, double memorisedLevel)
{
    QVector<ts::widgets::CurveChartView::Curve> acc{curve("train_acc", "train_acc", kBlue, d.trainSteps, d.trainAcc),
                                            curve("test_acc", "test_acc", kOrange, d.testSteps, d.testAcc)};
    // Events as vertical markers; the memorised-but-not-generalised phase as a bar under them.
    const std::pair<const char*, qint64> events[] = {{"t_mem", d.tMem}, {"t50", d.t50}, {"t90", d.t90}};
    for (const auto& [name, step] : events)
        if (step > 0)
            acc.push_back(curve(QString("event:") + name, QString("%1 = %2").arg(name).arg(step), kGrey,
                                {double(step), double(step)}, {0.0, 1.0}));
    if (d.tMem > 0) {
        const double end = d.t50 > 0 ? double(d.t50) : (d.testSteps.empty() ? double(d.tMem) : d.testSteps.back());
        acc.push_back(curve("phase:memorised", tr("memorised, not generalised"), kPink, {double(d.tMem), end}, {-0.03, -0.03}));
    }
    if (d.groupRuns >= 2) {
        // Each event of the group as an interval mean ± std at the level that defines it, with
        // end caps: |——|. Drawn in the colour of the curve the event is read from.
        const double cap = 0.025;
        const std::tuple<const char*, GrokkingData::EventInterval, double, QColor> intervals[] = {
            {"t_mem", d.groupMem, memorisedLevel, kBlue}, {"t50", d.group50, 0.5, kOrange}, {"t90", d.group90, 0.9, kOrange}};
        for (const auto& [name, e, level, colour] : intervals) {
            if (e.n == 0)
                continue;
            // The step axis is logarithmic: an interval reaching below step 1 starts there.
            const double lo = std::max(1.0, e.mean - e.std), hi = e.mean + e.std;
            auto c = curve(QString("group:") + name, intervalText(name, e), colour.darker(130),
                           {lo, lo, lo, hi, hi, hi}, {level - cap, level + cap, level, level, level + cap, level - cap});
            c.count = std::vector<int>(6, e.n);
            acc.push_back(c);
        }
    }
    return acc;
}

void GrokkingDashboard::setData(const GrokkingData& d)
{
    data_ = d;
    const QString verdict = d.verdict.isEmpty() ? tr("no events (the run has no accuracy metrics)")
                                                : QString("<b>%1</b> — %2").arg(d.verdict.toHtmlEscaped(), d.explanation.toHtmlEscaped());
    verdict_->setText(QString("<b>%1</b>: %2").arg(d.title.toHtmlEscaped(), verdict));

    if (d.groupRuns >= 2)
        verdict_->setText(verdict_->text() + "<br>" +
                          tr("Group of %1 seeds (mean ± std over the runs that reach each event): %2, %3, %4")
                              .arg(d.groupRuns)
                              .arg(intervalText("t_mem", d.groupMem), intervalText("t50", d.group50),
                                   intervalText("t90", d.group90))
                              .toHtmlEscaped());
    const auto acc = accuracyCurves(d);
    accuracy_->setCurves(acc);
    accuracy_->setAxisTitles(tr("step"), tr("accuracy"));
    accuracy_->setLogX(true);

    const auto& s = d.steps;
    std::vector<double> fit;
    for (double t : s)
        fit.push_back(t >= 1 ? d.distFitA + d.distFitB * std::log(t) : std::nan(""));
    measures_[0]->setCurves({curve("weight_norm", "‖θ‖", kBlue, s, d.weightNorm)});
    measures_[1]->setCurves({curve("dist_init", "‖θ − θ₀‖", kBlue, s, d.distInit),
                             curve("dist_fit", QString("%1 + %2 ln t (R² %3)")
                                                   .arg(d.distFitA, 0, 'g', 3)
                                                   .arg(d.distFitB, 0, 'g', 3)
                                                   .arg(d.distFitR2, 0, 'f', 2),
                                   kGrey, s, fit)});
    measures_[2]->setCurves({curve("coherence_train", tr("train"), kBlue, s, d.coherenceTrain),
                             curve("coherence_test", tr("test"), kOrange, s, d.coherenceTest)});
    measures_[3]->setCurves({curve("gini", "Gini", kGreen, s, d.gini)});
    measures_[4]->setCurves({curve("restricted", tr("restricted"), kBlue, s, d.restrictedLoss),
                             curve("excluded", tr("excluded"), kOrange, s, d.excludedLoss)});
    for (auto* m : measures_)
        m->setLogX(true);

    QStringList rows;
    std::vector<std::vector<double>> byFrequency;
    if (!d.frequencyNorms.empty()) {
        const std::size_t nk = d.frequencyNorms.front().size();
        for (std::size_t k = 1; k < nk; ++k) {
            rows << QString("k=%1").arg(k);
            std::vector<double> row;
            for (const auto& c : d.frequencyNorms)
                row.push_back(k < c.size() ? c[k] : std::nan(""));
            byFrequency.push_back(row);
        }
    }
    heatmap_->setData(rows, s, byFrequency);
    heatmap_->setTitles(d.fourier ? tr("Embedding norm per Fourier frequency") : tr("Fourier analysis not applicable"),
                        tr("step"), tr("norm"));
    slider_->setRange(0, std::max<int>(0, int(s.size()) - 1));
    slider_->setValue(slider_->maximum());
    updateSpectrum();
}

void GrokkingDashboard::updateSpectrum()
{
    const int i = slider_->value();
    if (i < 0 || std::size_t(i) >= data_.frequencyNorms.size()) {
        spectrum_->setCurves({});
        return;
    }
    const auto& norms = data_.frequencyNorms[std::size_t(i)];
    std::vector<double> k, v;
    for (std::size_t j = 1; j < norms.size(); ++j) {
        k.push_back(double(j));
        v.push_back(norms[j]);
    }
    spectrum_->setCurves({curve("spectrum", tr("norm per frequency"), kGreen, k, v)});
    spectrum_->setAxisTitles(tr("frequency k"), tr("norm"));
    spectrum_->chart()->setTitle(tr("Embedding spectrum at step %1").arg(data_.steps[std::size_t(i)]));
    cursor_->setText(cursorText());
}

void GrokkingDashboard::setCursorStep(double step)
{
    if (data_.steps.empty())
        return;
    slider_->setValue(int(nearest(data_.steps, step)));
    cursor_->setText(cursorText());
}

void GrokkingDashboard::setReplayStep(double step)
{
    accuracy_->setReplayStep(step);
    for (auto* m : measures_)
        m->setReplayStep(step);
    if (data_.steps.empty())
        return;
    // The last checkpoint reached (the first one before the run's first checkpoint).
    const auto reached = std::upper_bound(data_.steps.begin(), data_.steps.end(), step) - data_.steps.begin();
    const int index = std::isnan(step) ? slider_->maximum() : std::max(0, int(reached) - 1);
    slider_->setValue(index);
    cursor_->setText(cursorText());
}

int GrokkingDashboard::checkpointIndex() const { return slider_->value(); }
void GrokkingDashboard::setCheckpointIndex(int index) { slider_->setValue(index); }

QString GrokkingDashboard::cursorText() const
{
    const int i = slider_->value();
    if (i < 0 || std::size_t(i) >= data_.steps.size())
        return {};
    auto at = [i](const std::vector<double>& v) { return std::size_t(i) < v.size() ? v[std::size_t(i)] : std::nan(""); };
    QString t = tr("step %1: ‖θ‖ %2, ‖θ − θ₀‖ %3, coherence %4 / %5")
                    .arg(data_.steps[std::size_t(i)])
                    .arg(at(data_.weightNorm), 0, 'g', 4)
                    .arg(at(data_.distInit), 0, 'g', 4)
                    .arg(at(data_.coherenceTrain), 0, 'g', 3)
                    .arg(at(data_.coherenceTest), 0, 'g', 3);
    if (data_.fourier)
        t += tr(", Gini %1, restricted %2, excluded %3")
                 .arg(at(data_.gini), 0, 'f', 3)
                 .arg(at(data_.restrictedLoss), 0, 'g', 4)
                 .arg(at(data_.excludedLoss), 0, 'g', 4);
    return t;
}

void GrokkingDashboard::setPlaying(bool on)
{
    if (play_->isChecked() != on)
        play_->setChecked(on);
    if (on)
        timer_->start();
    else
        timer_->stop();
    play_->setText(on ? tr("Pause") : tr("Play"));
}

bool GrokkingDashboard::isPlaying() const { return timer_->isActive(); }

bool GrokkingDashboard::writeCsv(const QString& path, QString* error) const
{
    auto at = [](const std::vector<double>& v, std::size_t i) {
        return CsvWriter::formatNumber(i < v.size() ? v[i] : std::nan(""));
    };
    return CsvWriter::writeFile(path, [&](QTextStream& out) {
        out << "step,weight_norm,dist_init,coherence_train,coherence_test,fourier_gini,restricted_loss,excluded_loss\n";
        for (std::size_t i = 0; i < data_.steps.size(); ++i)
            out << at(data_.steps, i) << ',' << at(data_.weightNorm, i) << ',' << at(data_.distInit, i) << ','
                << at(data_.coherenceTrain, i) << ',' << at(data_.coherenceTest, i) << ',' << at(data_.gini, i) << ','
                << at(data_.restrictedLoss, i) << ',' << at(data_.excludedLoss, i) << '\n';
    }, error);
}

} // namespace ts::widgets
