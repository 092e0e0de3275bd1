#include "widgets/log/LogView.h"

#include <QDateTime>

namespace ts::widgets {

LogView::LogView(QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setObjectName("logView");
    setMaximumBlockCount(5000);
}

void LogView::append(Level level, const QString& message)
{
    QString tag;
    QString colour;
    switch (level) {
    case Level::Info: tag = tr("info"); colour = QString(); break;
    case Level::Warning: tag = tr("warning"); colour = "#b8860b"; break;
    case Level::Error: tag = tr("error"); colour = "#d03030"; break;
    }
    const QString line = QDateTime::currentDateTime().toString("HH:mm:ss") + "  " + tag + ": " + message;
    messages_ << line;
    const QString escaped = line.toHtmlEscaped();
    appendHtml(colour.isEmpty() ? escaped : QString("<span style=\"color:%1\">%2</span>").arg(colour, escaped));
    Q_EMIT messageLogged(int(level), message);
}

} // namespace ts::widgets
