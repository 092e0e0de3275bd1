#include "widgets/replay/TransportBar.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace ts::widgets {

namespace {
constexpr int kSliderTicks = 10000;
constexpr int kTickMs = 33; // about 30 frames a second
const double kSpeeds[] = {0.25, 0.5, 1, 2, 4, 8, 16, 32, 64};
} // namespace

TransportBar::TransportBar(QWidget* parent) : QWidget(parent), clock_(new QElapsedTimer)
{
    setObjectName("transportBar");
    play_ = new QToolButton(this);
    play_->setObjectName("replayPlay");
    back_ = new QToolButton(this);
    back_->setObjectName("replayStepBack");
    back_->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    forward_ = new QToolButton(this);
    forward_->setObjectName("replayStepForward");
    forward_->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    speedLabel_ = new QLabel(this);
    speed_ = new QComboBox(this);
    speed_->setObjectName("replaySpeed");
    for (double s : kSpeeds)
        speed_->addItem(QString(), s);
    speed_->setCurrentIndex(2); // 1×
    speedLabel_->setBuddy(speed_);
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName("replayScrub");
    slider_->setRange(0, kSliderTicks);
    label_ = new QLabel(this);
    label_->setObjectName("replayStepLabel");
    label_->setMinimumWidth(label_->fontMetrics().horizontalAdvance("step 000000 / 000000"));
    close_ = new QToolButton(this);
    close_->setObjectName("replayClose");
    close_->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    timer_ = new QTimer(this);
    timer_->setInterval(kTickMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(back_);
    layout->addWidget(play_);
    layout->addWidget(forward_);
    layout->addWidget(speedLabel_);
    layout->addWidget(speed_);
    layout->addWidget(slider_, 1);
    layout->addWidget(label_);
    bookmarkRow_ = new QHBoxLayout;
    bookmarkRow_->setSpacing(2);
    layout->addLayout(bookmarkRow_);
    layout->addWidget(close_);

    connect(play_, &QToolButton::clicked, this, &TransportBar::togglePlaying);
    connect(back_, &QToolButton::clicked, this, &TransportBar::stepBack);
    connect(forward_, &QToolButton::clicked, this, &TransportBar::stepForward);
    connect(close_, &QToolButton::clicked, this, &TransportBar::closeRequested);
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        setStep(first_ + (last_ - first_) * double(v) / kSliderTicks);
    });
    connect(timer_, &QTimer::timeout, this, &TransportBar::tick);
    retranslate();
    updateLabel();
}

TransportBar::~TransportBar() { delete clock_; }

void TransportBar::retranslate()
{
    play_->setText(isPlaying() ? tr("Pause") : tr("Play"));
    play_->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    play_->setToolTip(tr("Play or pause the replay (Space)"));
    back_->setToolTip(tr("Back to the previous logged step"));
    forward_->setToolTip(tr("On to the next logged step"));
    speedLabel_->setText(tr("&Speed"));
    speed_->setToolTip(tr("1× replays the whole run in %1 seconds").arg(kSecondsAtOneX));
    for (int i = 0; i < speed_->count(); ++i)
        speed_->setItemText(i, tr("%1×").arg(QLocale().toString(speed_->itemData(i).toDouble())));
    slider_->setToolTip(tr("Drag to move the replay to any step"));
    close_->setToolTip(tr("End the replay and show the whole run again"));
    for (auto* b : bookmarkButtons_)
        b->setToolTip(tr("Jump to %1").arg(b->text()));
    updateLabel();
}

void TransportBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TransportBar::setRange(double first, double last)
{
    if (!std::isfinite(first) || !std::isfinite(last))
        first = last = 0;
    first_ = std::min(first, last);
    last_ = std::max(first, last);
    const double clamped = std::clamp(step_, first_, last_);
    if (clamped != step_) {
        step_ = clamped;
        Q_EMIT stepChanged(step_);
    }
    updateSlider();
    updateLabel();
}

void TransportBar::setStops(std::vector<double> stops)
{
    stops.erase(std::remove_if(stops.begin(), stops.end(), [](double s) { return !std::isfinite(s); }), stops.end());
    std::sort(stops.begin(), stops.end());
    stops.erase(std::unique(stops.begin(), stops.end()), stops.end());
    stops_ = std::move(stops);
}

void TransportBar::setBookmarks(const QVector<Bookmark>& bookmarks)
{
    const auto same = [](const Bookmark& a, const Bookmark& b) { return a.name == b.name && a.step == b.step; };
    if (bookmarks.size() == bookmarks_.size() && std::equal(bookmarks.begin(), bookmarks.end(), bookmarks_.begin(), same))
        return; // a growing run updates the range often: keep the buttons
    bookmarks_ = bookmarks;
    for (auto* b : bookmarkButtons_)
        delete b;
    bookmarkButtons_.clear();
    for (const auto& mark : bookmarks_) {
        auto* b = new QToolButton(this);
        b->setObjectName("bookmark:" + mark.name);
        b->setText(mark.name);
        b->setAutoRaise(true);
        const QString name = mark.name;
        connect(b, &QToolButton::clicked, this, [this, name] { jumpToBookmark(name); });
        bookmarkRow_->addWidget(b);
        bookmarkButtons_.push_back(b);
    }
    retranslate();
}

void TransportBar::setStep(double step)
{
    if (std::isnan(step))
        return;
    step = std::clamp(step, first_, last_);
    if (step == step_)
        return;
    step_ = step;
    updateSlider();
    updateLabel();
    Q_EMIT stepChanged(step_);
}

void TransportBar::jumpToBookmark(const QString& name)
{
    for (const auto& mark : bookmarks_)
        if (mark.name == name) {
            setStep(mark.step);
            return;
        }
}

void TransportBar::play()
{
    if (isPlaying())
        return;
    if (step_ >= last_)
        setStep(first_);
    clock_->start();
    timer_->start();
    retranslate();
    Q_EMIT playingChanged(true);
}

void TransportBar::pause()
{
    if (!isPlaying())
        return;
    timer_->stop();
    retranslate();
    Q_EMIT playingChanged(false);
}

bool TransportBar::isPlaying() const { return timer_->isActive(); }

void TransportBar::togglePlaying() { isPlaying() ? pause() : play(); }

void TransportBar::stepForward()
{
    if (stops_.empty()) {
        setStep(step_ + (last_ - first_) / 100.0);
        return;
    }
    const auto it = std::upper_bound(stops_.begin(), stops_.end(), step_);
    setStep(it == stops_.end() ? last_ : *it);
}

void TransportBar::stepBack()
{
    if (stops_.empty()) {
        setStep(step_ - (last_ - first_) / 100.0);
        return;
    }
    const auto it = std::lower_bound(stops_.begin(), stops_.end(), step_);
    setStep(it == stops_.begin() ? first_ : *(it - 1));
}

void TransportBar::setSpeed(double factor)
{
    int best = 0;
    for (int i = 1; i < speed_->count(); ++i)
        if (std::abs(std::log(speed_->itemData(i).toDouble() / factor)) <
            std::abs(std::log(speed_->itemData(best).toDouble() / factor)))
            best = i;
    speed_->setCurrentIndex(best);
}

double TransportBar::speed() const { return speed_->currentData().toDouble(); }

double TransportBar::stepsPerSecond() const { return speed() * (last_ - first_) / kSecondsAtOneX; }

void TransportBar::advance(double seconds)
{
    if (!(seconds > 0))
        return;
    setStep(step_ + stepsPerSecond() * seconds);
    if (step_ >= last_)
        pause();
}

void TransportBar::tick()
{
    // The measured time, not the timer's interval: a busy GUI thread still replays in time.
    const double seconds = double(clock_->restart()) / 1000.0;
    advance(seconds);
}

void TransportBar::updateSlider()
{
    const QSignalBlocker block(slider_);
    const double span = last_ - first_;
    slider_->setValue(span > 0 ? int(std::lround((step_ - first_) / span * kSliderTicks)) : 0);
}

void TransportBar::updateLabel()
{
    const QLocale loc;
    label_->setText(tr("step %1 / %2").arg(loc.toString(qint64(std::floor(step_))), loc.toString(qint64(std::floor(last_)))));
}

} // namespace ts::widgets
