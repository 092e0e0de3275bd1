#pragma once
// The chart's crosshair: a vertical line across the plot area and a box listing the value of
// each series at the nearest step. Plain painting; the view feeds it positions and text.
#include <QGraphicsItem>
#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

namespace ts::widgets {

class CrosshairItem : public QGraphicsItem {
public:
    explicit CrosshairItem(QGraphicsItem* parent = nullptr);

    void setPlotArea(const QRectF& area);
    // xPos in the parent's coordinates; the box sits beside the line, flipping side near
    // the right edge.
    void setLine(qreal xPos, qreal yPos, const QStringList& lines);
    void setColors(const QColor& line, const QColor& text, const QColor& background);
    void setFont(const QFont& font);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget) override;

private:
    QRectF boxRect() const;

    QRectF area_;
    qreal x_ = 0;
    qreal y_ = 0;
    QStringList lines_;
    QColor lineColor_{128, 128, 128};
    QColor textColor_{Qt::black};
    QColor background_{255, 255, 255, 220};
    QFont font_;
};

} // namespace ts::widgets
