#pragma once
// The log dock's content: timestamped info, warning and error lines.
#include <QPlainTextEdit>
#include <QStringList>

namespace ts::widgets {

class LogView : public QPlainTextEdit {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    explicit LogView(QWidget* parent = nullptr);

    void append(Level level, const QString& message);
    void info(const QString& m) { append(Level::Info, m); }
    void warning(const QString& m) { append(Level::Warning, m); }
    void error(const QString& m) { append(Level::Error, m); }
    const QStringList& messages() const { return messages_; } // as shown, for tests

Q_SIGNALS:
    void messageLogged(int level, const QString& message);

private:
    QStringList messages_;
};

} // namespace ts::widgets
