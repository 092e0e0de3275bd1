#pragma once
// The transport of a replay: play/pause, step back/forward to the previous/next stop (logged
// steps, checkpoints), a speed from 0.25× to 64×, a scrub slider over the run's steps, the
// step reached and bookmark buttons (detected events) that jump there. It knows nothing of
// the views it drives: it only emits stepChanged.
//
// Speed: at 1× a whole run, from its first to its last step, replays in kSecondsAtOneX
// seconds, so that a 100-step run and a 100 000-step run are both watchable.
#include <QString>
#include <QVector>
#include <QWidget>

#include <vector>

class QComboBox;
class QElapsedTimer;
class QHBoxLayout;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace ts::widgets {

class TransportBar : public QWidget {
    Q_OBJECT
public:
    struct Bookmark {
        QString name;
        double step = 0;
    };
    static constexpr double kSecondsAtOneX = 20.0;

    explicit TransportBar(QWidget* parent = nullptr);
    ~TransportBar() override;

    void setRange(double first, double last);
    double first() const { return first_; }
    double last() const { return last_; }
    // Where step back/forward stop (sorted, deduplicated here); empty: hundredths of the range.
    void setStops(std::vector<double> stops);
    void setBookmarks(const QVector<Bookmark>& bookmarks);
    const QVector<Bookmark>& bookmarks() const { return bookmarks_; }

    double step() const { return step_; }
    void setStep(double step); // clamped to the range; emits stepChanged when it moves
    void jumpToBookmark(const QString& name); // no-op for an unknown name

    void play(); // from the start again when at the end
    void pause();
    bool isPlaying() const;
    void togglePlaying();
    void stepForward();
    void stepBack();

    // Speed factor (0.25 … 64); snapped to the nearest offered one.
    void setSpeed(double factor);
    double speed() const;
    double stepsPerSecond() const; // at the current speed
    // Moves the cursor as playing does over that many seconds (the timer calls it with the
    // measured time; tests call it directly). Pauses at the last step.
    void advance(double seconds);

Q_SIGNALS:
    void stepChanged(double step);
    void playingChanged(bool playing);
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateSlider();
    void updateLabel();
    void tick();

    double first_ = 0, last_ = 0, step_ = 0;
    std::vector<double> stops_;
    QVector<Bookmark> bookmarks_;
    QToolButton* play_;
    QToolButton* back_;
    QToolButton* forward_;
    QComboBox* speed_;
    QSlider* slider_;
    QLabel* label_;
    QLabel* speedLabel_;
    QHBoxLayout* bookmarkRow_;
    std::vector<QToolButton*> bookmarkButtons_;
    QToolButton* close_;
    QTimer* timer_;
    QElapsedTimer* clock_;
};

} // namespace ts::widgets
