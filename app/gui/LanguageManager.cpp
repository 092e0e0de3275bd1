#include "app/gui/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ts::app {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent), app_(new QTranslator(this)), qt_(new QTranslator(this))
{
}

QStringList LanguageManager::available() { return {"en", "de", "zh_CN"}; }

QString LanguageManager::displayName(const QString& code)
{
    if (code == "de")
        return QStringLiteral("Deutsch");
    if (code == "zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool LanguageManager::apply(const QString& code)
{
    QCoreApplication::removeTranslator(app_);
    QCoreApplication::removeTranslator(qt_);
    QString lang = code;
    if (lang.isEmpty()) {
        const QString sys = QLocale::system().name(); // e.g. de_DE, zh_CN
        lang = sys.startsWith("zh") ? QStringLiteral("zh_CN") : sys.section('_', 0, 0);
    }
    current_ = code;
    if (lang == "en" || lang == "C" || lang.isEmpty()) {
        // Removing the translators already sent LanguageChange; nothing to install.
        return true;
    }
    // An installed TrainScope (cmake --install, the Debian package) reads its catalogues from
    // PREFIX/share/trainscope/translations, next to bin/, so that they can be updated without
    // a rebuild; the copies embedded under :/i18n serve the build tree and anything missing.
    const QString file = "trainscope_" + lang + ".qm";
    const QString installed = QCoreApplication::applicationDirPath() + "/../share/trainscope/translations";
    const bool ok = app_->load(file, installed) || app_->load(":/i18n/" + file);
    if (ok)
        QCoreApplication::installTranslator(app_);
    // Qt's own strings (standard buttons, file dialogs) from Debian's qt6-translations-l10n.
    if (qt_->load("qtbase_" + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt_);
    return ok;
}

} // namespace ts::app
