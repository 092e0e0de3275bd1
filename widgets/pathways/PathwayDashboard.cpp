#include "widgets/pathways/PathwayDashboard.h"

#include "widgets/charts/ChartGrid.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/charts/HeatmapView.h"
#include "widgets/export/CsvWriter.h"
#include "widgets/pathways/PathwayGraph.h"
#include "widgets/pathways/PathwayGraphView.h"

#include "core/pathways/DistanceMatrix.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSlider>
#include <QSpinBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

namespace ts::widgets {

namespace {
constexpr int kHeatmapSamples = 300; // the matrix is O(n²) cells and the clustering O(n³)

const QColor kColours[] = {QColor("#0072B2"), QColor("#D55E00"), QColor("#009E73"), QColor("#CC79A7"),
                           QColor("#E69F00"), QColor("#56B4E9"), QColor("#999999")};

// The smallest size of a metric chart whose title, legend and axes fit.
const QSize kMetricCell(300, 180);

ts::widgets::CurveChartView* smallChart(QWidget* parent, const QString& name, const QString& title)
{
    auto* chart = new ts::widgets::CurveChartView(parent);
    chart->setObjectName(name);
    chart->chart()->setTitle(title);
    chart->setCompact(true);
    return chart;
}
} // namespace

PathwayDashboard::PathwayDashboard(QWidget* parent) : QWidget(parent)
{
    setObjectName("pathwayDashboard");
    graph_ = new PathwayGraphView(this);

    split_ = new QComboBox(this);
    split_->setObjectName("splitFilter");
    label_ = new QComboBox(this);
    label_->setObjectName("labelFilter");
    memorised_ = new QComboBox(this);
    memorised_->setObjectName("memorisedFilter");
    memorised_->addItems({tr("All samples"), tr("Memorised"), tr("Not memorised")});
    colouring_ = new QComboBox(this);
    colouring_->setObjectName("colouring");
    colouring_->addItems({tr("Specialisation"), tr("Load")});
    search_ = new QLineEdit(this);
    search_->setObjectName("sampleSearch");
    search_->setPlaceholderText(tr("Search id, label or pathway"));
    search_->setClearButtonEnabled(true);
    samples_ = new QListWidget(this);
    samples_->setObjectName("sampleList");
    groupLabel_ = new QLabel(this);
    groupLabel_->setWordWrap(true);

    auto* side = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Split"), split_);
    form->addRow(tr("Label"), label_);
    form->addRow(tr("Samples"), memorised_);
    form->addRow(tr("Colour"), colouring_);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(form);
    sideLayout->addWidget(groupLabel_);
    sideLayout->addWidget(search_);
    sideLayout->addWidget(samples_, 1);

    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName("checkpointSlider");
    play_ = new QToolButton(this);
    play_->setObjectName("playButton");
    play_->setText(tr("Play"));
    play_->setCheckable(true);
    timer_ = new QTimer(this);
    timer_->setInterval(600); // longer than the transition, so each state is seen
    stepLabel_ = new QLabel(this);
    stepLabel_->setObjectName("stepLabel");
    threshold_ = new QSpinBox(this);
    threshold_->setObjectName("edgeThreshold");
    threshold_->setRange(1, 1000000);
    threshold_->setToolTip(tr("Hide edges used by fewer samples than this"));
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(play_);
    sliderRow->addWidget(slider_, 1);
    sliderRow->addWidget(stepLabel_);
    sliderRow->addWidget(new QLabel(tr("Min. edge samples"), this));
    sliderRow->addWidget(threshold_);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(graph_, 1);
    centreLayout->addLayout(sliderRow);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(side);
    top->addWidget(centre);
    top->setStretchFactor(1, 1);
    top->setSizes({260, 900});

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName("pathwayTabs");
    // The metrics reflow (three columns where they fit legibly, fewer otherwise) and scroll
    // within their tab rather than shrink.
    auto* grid = metricGrid_ = new ChartGrid(kMetricCell, 3);
    grid->setObjectName("metricGrid");
    auto* metrics = new QScrollArea(tabs_);
    metrics->setObjectName("metricScroll");
    metrics->setWidgetResizable(true);
    metrics->setFrameShape(QFrame::NoFrame);
    metrics->setWidget(grid);
    const std::pair<const char*, QString> charts[] = {
        {"trainLossChart", tr("Train loss")},           {"testAccChart", tr("Test accuracy")},
        {"dpathChart", tr("Pathway distance D_path")}, {"consistencyChart", tr("Consistency and adjacent cosine")},
        {"entropyChart", tr("Routing entropy (nats)")}, {"distinctChart", tr("Distinct pathways")}};
    for (const auto& [name, title] : charts) {
        auto* c = smallChart(grid, name, title);
        grid->addChart(c);
        c->setStepAxis(true);
        charts_.push_back(c);
    }
    tabs_->addTab(metrics, tr("Metrics over training"));
    heatmap_ = new ts::widgets::HeatmapView(tabs_);
    heatmap_->setObjectName("distanceHeatmap");
    tabs_->addTab(heatmap_, tr("Distance matrix"));

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(tabs_);
    vertical->setSizes({600, 320});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vertical);

    auto refilter = [this] {
        rebuildSampleList();
        rebuildGraph(false);
        heatmapCheckpoint_ = -1;
        rebuildHeatmap();
    };
    connect(split_, qOverload<int>(&QComboBox::currentIndexChanged), this, refilter);
    connect(label_, qOverload<int>(&QComboBox::currentIndexChanged), this, refilter);
    connect(memorised_, qOverload<int>(&QComboBox::currentIndexChanged), this, refilter);
    connect(colouring_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        graph_->setColouring(i == 0 ? PathwayGraphView::Colouring::Specialisation : PathwayGraphView::Colouring::Load);
    });
    connect(search_, &QLineEdit::textChanged, this, [this] { rebuildSampleList(); });
    connect(samples_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        selected_ = item ? item->data(Qt::UserRole).toInt() : -1;
        updateHighlight();
    });
    connect(slider_, &QSlider::valueChanged, this, [this] {
        const bool memorisedFilter = memorised_->currentIndex() != 0;
        if (memorisedFilter)
            rebuildSampleList(); // membership depends on the checkpoint
        rebuildGraph(true);
        updateHighlight();
        rebuildHeatmap();
    });
    connect(threshold_, qOverload<int>(&QSpinBox::valueChanged), graph_, &PathwayGraphView::setEdgeThreshold);
    connect(play_, &QToolButton::toggled, this, &PathwayDashboard::setPlaying);
    connect(timer_, &QTimer::timeout, this, [this] {
        slider_->setValue(slider_->value() >= slider_->maximum() ? 0 : slider_->value() + 1);
    });
    connect(tabs_, &QTabWidget::currentChanged, this, [this] { rebuildHeatmap(); });
}

void PathwayDashboard::setData(const PathwayViewData& data)
{
    data_ = data;
    graph_->setLabelTitle(data.labelTitle);
    const QSignalBlocker b1(split_), b2(label_), b3(slider_), b4(memorised_);
    split_->clear();
    split_->addItem(tr("All splits"), QString());
    for (const auto& s : std::set<QString>(data.splits.begin(), data.splits.end()))
        split_->addItem(s, s);
    label_->clear();
    label_->addItem(tr("All labels"), -1);
    for (int l : std::set<int>(data.labels.begin(), data.labels.end()))
        if (l >= 0)
            label_->addItem(QString("%1 %2").arg(data.labelTitle).arg(l).trimmed(), l);
    label_->setEnabled(label_->count() > 1);
    memorised_->setEnabled(!data.memorisedFrom.empty());
    slider_->setRange(0, std::max(0, int(data.checkpoints.size()) - 1));
    slider_->setValue(slider_->maximum());
    // A default edge threshold that keeps big graphs readable: about 1% of the samples.
    threshold_->setValue(std::max(1, data.samples() / 100));
    graph_->setEdgeThreshold(threshold_->value());
    selected_ = -1;
    heatmapCheckpoint_ = -1;
    rebuildSampleList();
    rebuildGraph(false);
    updateCharts();
    rebuildHeatmap();
}

int PathwayDashboard::checkpointIndex() const { return slider_->value(); }
void PathwayDashboard::setCheckpointIndex(int index) { slider_->setValue(index); }

bool PathwayDashboard::setCheckpointStep(qint64 step)
{
    for (std::size_t i = 0; i < data_.checkpoints.size(); ++i)
        if (data_.checkpoints[i].step == step) {
            slider_->setValue(int(i));
            return true;
        }
    return false;
}

void PathwayDashboard::setReplayStep(double step)
{
    for (auto* c : charts_)
        c->setReplayStep(step);
    int index = 0;
    for (std::size_t i = 0; i < data_.checkpoints.size(); ++i)
        if (std::isnan(step) || double(data_.checkpoints[i].step) <= step)
            index = int(i);
    slider_->setValue(index); // no redraw when the checkpoint stays the same
}

void PathwayDashboard::setPlaying(bool on)
{
    const QSignalBlocker block(play_);
    play_->setChecked(on);
    play_->setText(on ? tr("Pause") : tr("Play"));
    if (on)
        timer_->start();
    else
        timer_->stop();
}

void PathwayDashboard::setFilter(const QString& split, int label, Memorised memorised)
{
    {
        const QSignalBlocker b1(split_), b2(label_), b3(memorised_);
        split_->setCurrentIndex(std::max(0, split_->findData(split)));
        label_->setCurrentIndex(std::max(0, label_->findData(label)));
        memorised_->setCurrentIndex(int(memorised));
    }
    rebuildSampleList();
    rebuildGraph(false);
    heatmapCheckpoint_ = -1;
    rebuildHeatmap();
}

std::vector<int> PathwayDashboard::filteredSamples() const
{
    const QString split = split_->currentData().toString();
    const int label = label_->currentData().toInt();
    const int memo = memorised_->currentIndex();
    const int cp = slider_->value();
    std::vector<int> group;
    for (int s = 0; s < data_.samples(); ++s) {
        if (!split.isEmpty() && data_.splits.value(s) != split)
            continue;
        if (label >= 0 && data_.labels[std::size_t(s)] != label)
            continue;
        if (memo != 0 && data_.isMemorised(s, cp) != (memo == 1))
            continue;
        group.push_back(s);
    }
    return group;
}

void PathwayDashboard::setSearchText(const QString& text) { search_->setText(text); }

QStringList PathwayDashboard::visibleSampleTexts() const
{
    QStringList texts;
    for (int i = 0; i < samples_->count(); ++i)
        if (!samples_->item(i)->isHidden())
            texts << samples_->item(i)->text();
    return texts;
}

void PathwayDashboard::selectSample(int sample)
{
    for (int i = 0; i < samples_->count(); ++i)
        if (samples_->item(i)->data(Qt::UserRole).toInt() == sample) {
            samples_->setCurrentRow(i);
            return;
        }
    samples_->setCurrentItem(nullptr);
    selected_ = -1;
    updateHighlight();
}

void PathwayDashboard::rebuildSampleList()
{
    const int cp = slider_->value();
    const QSignalBlocker block(samples_);
    samples_->clear();
    if (cp < 0 || cp >= int(data_.checkpoints.size()))
        return;
    const auto& pathways = data_.checkpoints[std::size_t(cp)].pathways;
    const QString needle = search_->text().trimmed();
    QListWidgetItem* current = nullptr;
    for (int s : filteredSamples()) {
        QString text = QString("#%1").arg(s);
        if (data_.labels[std::size_t(s)] >= 0)
            text += QString("  %1 %2").arg(data_.labelTitle).arg(data_.labels[std::size_t(s)]);
        text += "  " + pathways.value(s);
        auto* item = new QListWidgetItem(text, samples_);
        item->setData(Qt::UserRole, s);
        item->setHidden(!needle.isEmpty() && !text.contains(needle, Qt::CaseInsensitive));
        if (s == selected_)
            current = item;
    }
    samples_->setCurrentItem(current);
    if (!current)
        selected_ = -1;
    groupLabel_->setText(tr("%n sample(s) in the graph", nullptr, int(samples_->count())) +
                         (data_.groupNote.isEmpty() ? QString() : "\n" + tr("Metrics: %1").arg(data_.groupNote)));
}

void PathwayDashboard::rebuildGraph(bool animate)
{
    const int cp = slider_->value();
    if (cp >= 0 && cp < int(data_.checkpoints.size()))
        stepLabel_->setText(tr("step %1").arg(data_.checkpoints[std::size_t(cp)].step));
    const auto previous = graph_->graph().layers() == data_.layers ? graph_->graph().order()
                                                                    : std::vector<std::vector<int>>{};
    graph_->setGraph(PathwayGraph::build(data_, cp, filteredSamples(), previous), animate);
    updateHighlight();
}

void PathwayDashboard::updateHighlight()
{
    const int cp = slider_->value();
    if (selected_ < 0 || cp < 0 || cp >= int(data_.checkpoints.size())) {
        graph_->setHighlight({}, {});
        return;
    }
    const auto& checkpoint = data_.checkpoints[std::size_t(cp)];
    graph_->setHighlight(samplePathwayEdges(checkpoint, selected_), checkpoint.kept[std::size_t(selected_)]);
}

void PathwayDashboard::updateCharts()
{
    std::vector<double> steps;
    for (const auto& c : data_.checkpoints)
        steps.push_back(double(c.step));
    auto seriesCurves = [&](std::function<bool(const QString&)> want) {
        QVector<ts::widgets::CurveChartView::Curve> curves;
        for (const auto& m : data_.metrics)
            if (want(m.key)) {
                std::vector<double> x, y;
                for (std::size_t i = 0; i < m.values.size() && i < steps.size(); ++i)
                    if (std::isfinite(m.values[i])) {
                        x.push_back(steps[i]);
                        y.push_back(m.values[i]);
                    }
                curves.push_back({m.key, m.title, kColours[curves.size() % 7], x, y});
            }
        return curves;
    };
    charts_[0]->setCurves({{"train_loss", tr("train loss"), kColours[0], data_.trainLossSteps, data_.trainLoss}});
    charts_[1]->setCurves({{"test_acc", tr("test accuracy"), kColours[1], data_.testAccSteps, data_.testAcc}});
    charts_[2]->setCurves(seriesCurves([](const QString& k) { return k.startsWith("d_path"); }));
    charts_[3]->setCurves(seriesCurves([](const QString& k) { return k == "consistency" || k == "mean_cosine"; }));
    charts_[4]->setCurves(seriesCurves([](const QString& k) { return k == "entropy"; }));
    charts_[5]->setCurves(seriesCurves([](const QString& k) { return k == "distinct" || k == "memorised"; }));
    // A short title (a long one would be cut); why consistency is undefined is its tool tip.
    charts_[3]->chart()->setTitle(data_.consistencyNote.isEmpty() ? tr("Consistency and adjacent cosine")
                                                                  : tr("Adjacent cosine"));
    charts_[3]->setToolTip(data_.consistencyNote.isEmpty() ? QString()
                                                           : tr("Consistency is undefined: %1").arg(data_.consistencyNote));
}

void PathwayDashboard::rebuildHeatmap()
{
    const int cp = slider_->value();
    if (tabs_->currentWidget() != heatmap_ && heatmapCheckpoint_ >= 0)
        return; // computed lazily when the tab is shown
    if (cp == heatmapCheckpoint_ || cp < 0 || cp >= int(data_.checkpoints.size()))
        return;
    heatmapCheckpoint_ = cp;
    auto group = filteredSamples();
    if (group.size() > std::size_t(kHeatmapSamples))
        group.resize(std::size_t(kHeatmapSamples));
    std::vector<std::string> strings;
    for (int s : group)
        strings.push_back(data_.checkpoints[std::size_t(cp)].pathways.value(s).toStdString());
    const auto matrix = ts::pathways::pathwayDistanceMatrix(strings);
    const auto order = ts::pathways::clusteredOrder(matrix);
    QStringList rows;
    std::vector<double> columns;
    std::vector<std::vector<double>> values(order.size(), std::vector<double>(order.size()));
    for (std::size_t i = 0; i < order.size(); ++i) {
        rows << QString("#%1").arg(group[std::size_t(order[i])]);
        columns.push_back(double(i));
        for (std::size_t j = 0; j < order.size(); ++j)
            values[i][j] = matrix.at(order[i], order[j]);
    }
    heatmap_->setData(rows, columns, values);
    heatmap_->setTitles(tr("Pathway distance at step %1 (%2 samples, clustered order)")
                            .arg(data_.checkpoints[std::size_t(cp)].step)
                            .arg(group.size()),
                        tr("sample (clustered order)"), tr("D_path"));
}

void PathwayDashboard::setPresentation(const Presentation& presentation)
{
    metricGrid_->setMinimumCell(kMetricCell * (presentation.active() ? 2.0 : 1.0)); // text twice the size
}

bool PathwayDashboard::writeCsv(const QString& path, QString* error) const
{
    return CsvWriter::writeFile(path, [&](QTextStream& out) {
        out << "step";
        for (const auto& m : data_.metrics)
            out << ',' << m.key;
        out << '\n';
        for (std::size_t i = 0; i < data_.checkpoints.size(); ++i) {
            out << data_.checkpoints[i].step;
            for (const auto& m : data_.metrics) {
                out << ',';
                if (i < m.values.size() && std::isfinite(m.values[i]))
                    out << CsvWriter::formatNumber(m.values[i]);
            }
            out << '\n';
        }
    }, error);
}

} // namespace ts::widgets
