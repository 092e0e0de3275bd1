#include "widgets/charts/CrosshairItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

namespace ts::widgets {

namespace {
constexpr qreal kPad = 4.0;
constexpr qreal kGap = 8.0; // between the line and the box
} // namespace

CrosshairItem::CrosshairItem(QGraphicsItem* parent) : QGraphicsItem(parent) {
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(1000); // above the series and the grid
}

void CrosshairItem::setPlotArea(const QRectF& area) {
    prepareGeometryChange();
    area_ = area;
}

void CrosshairItem::setLine(qreal xPos, qreal yPos, const QStringList& lines) {
    prepareGeometryChange();
    x_ = xPos;
    y_ = yPos;
    lines_ = lines;
}

void CrosshairItem::setColors(const QColor& line, const QColor& text, const QColor& background) {
    lineColor_ = line;
    textColor_ = text;
    background_ = background;
    update();
}

void CrosshairItem::setFont(const QFont& font) {
    prepareGeometryChange();
    font_ = font;
}

QRectF CrosshairItem::boxRect() const {
    if (lines_.isEmpty()) return {};
    const QFontMetricsF fm(font_);
    qreal w = 0;
    for (const QString& l : lines_) w = qMax(w, fm.horizontalAdvance(l));
    const QSizeF size(w + 2 * kPad, fm.height() * lines_.size() + 2 * kPad);
    qreal left = x_ + kGap;
    if (left + size.width() > area_.right()) left = x_ - kGap - size.width();
    qreal top = qBound(area_.top(), y_ - size.height() / 2,
                       qMax(area_.top(), area_.bottom() - size.height()));
    return {QPointF(left, top), size};
}

QRectF CrosshairItem::boundingRect() const {
    const QRectF line(x_ - 1, area_.top(), 2, area_.height());
    return line.united(boxRect()).adjusted(-1, -1, 1, 1);
}

void CrosshairItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (area_.isEmpty()) return;
    QPen pen(lineColor_, 1, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(QPointF(x_, area_.top()), QPointF(x_, area_.bottom()));

    const QRectF box = boxRect();
    if (box.isEmpty()) return;
    painter->setPen(QPen(lineColor_, 1));
    painter->setBrush(background_);
    painter->drawRect(box);
    painter->setFont(font_);
    painter->setPen(textColor_);
    const QFontMetricsF fm(font_);
    qreal y = box.top() + kPad + fm.ascent();
    for (const QString& l : lines_) {
        painter->drawText(QPointF(box.left() + kPad, y), l);
        y += fm.height();
    }
}

} // namespace ts::widgets
