#include "widgets/charts/CrosshairItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

namespace ts {

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
    m_area = area;
}

void CrosshairItem::setLine(qreal xPos, qreal yPos, const QStringList& lines) {
    prepareGeometryChange();
    m_x = xPos;
    m_y = yPos;
    m_lines = lines;
}

void CrosshairItem::setColors(const QColor& line, const QColor& text, const QColor& background) {
    m_lineColor = line;
    m_textColor = text;
    m_background = background;
    update();
}

void CrosshairItem::setFont(const QFont& font) {
    prepareGeometryChange();
    m_font = font;
}

QRectF CrosshairItem::boxRect() const {
    if (m_lines.isEmpty()) return {};
    const QFontMetricsF fm(m_font);
    qreal w = 0;
    for (const QString& l : m_lines) w = qMax(w, fm.horizontalAdvance(l));
    const QSizeF size(w + 2 * kPad, fm.height() * m_lines.size() + 2 * kPad);
    qreal left = m_x + kGap;
    if (left + size.width() > m_area.right()) left = m_x - kGap - size.width();
    qreal top = qBound(m_area.top(), m_y - size.height() / 2,
                       qMax(m_area.top(), m_area.bottom() - size.height()));
    return {QPointF(left, top), size};
}

QRectF CrosshairItem::boundingRect() const {
    const QRectF line(m_x - 1, m_area.top(), 2, m_area.height());
    return line.united(boxRect()).adjusted(-1, -1, 1, 1);
}

void CrosshairItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_area.isEmpty()) return;
    QPen pen(m_lineColor, 1, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(QPointF(m_x, m_area.top()), QPointF(m_x, m_area.bottom()));

    const QRectF box = boxRect();
    if (box.isEmpty()) return;
    painter->setPen(QPen(m_lineColor, 1));
    painter->setBrush(m_background);
    painter->drawRect(box);
    painter->setFont(m_font);
    painter->setPen(m_textColor);
    const QFontMetricsF fm(m_font);
    qreal y = box.top() + kPad + fm.ascent();
    for (const QString& l : m_lines) {
        painter->drawText(QPointF(box.left() + kPad, y), l);
        y += fm.height();
    }
}

} // namespace ts
