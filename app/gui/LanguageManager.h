#pragma once
// Installs the translation for the chosen language ("" follows the system). Widgets
// retranslate on QEvent::LanguageChange, so switching takes effect at once.
#include <QObject>
#include <QStringList>

class QTranslator;

namespace ts::app {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    static QStringList available(); // language codes with a translation, "en" first
    static QString displayName(const QString& code);
    // "" = system language. Returns false if no translation exists for it (English is used).
    bool apply(const QString& code);
    QString current() const { return current_; }

private:
    QTranslator* app_;
    QTranslator* qt_;
    QString current_;
};

} // namespace ts::app
