#include "app/gui/reactions/PreferencesReaction.h"

#include "app/gui/LanguageManager.h"
#include "app/gui/MainWindow.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>

namespace ts::app {

PreferencesReaction::PreferencesReaction(MainWindow& window) : Reaction(window, "actionPreferences")
{
    action()->setShortcut(QKeySequence::Preferences);
    action()->setMenuRole(QAction::PreferencesRole);
    retranslate();
}

void PreferencesReaction::retranslate() { action()->setText(tr("&Preferences…")); }

void PreferencesReaction::onTriggered()
{
    QDialog dialog(&window_);
    dialog.setWindowTitle(tr("Preferences"));
    auto* language = new QComboBox(&dialog);
    language->addItem(tr("System language"), QString());
    for (const auto& code : LanguageManager::available())
        language->addItem(LanguageManager::displayName(code), code);
    language->setCurrentIndex(std::max(0, language->findData(window_.language().current())));
    auto* theme = new QComboBox(&dialog);
    theme->addItem(tr("Light"), "light");
    theme->addItem(tr("Dark"), "dark");
    theme->setCurrentIndex(std::max(0, theme->findData(window_.theme())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Language"), language);
    form->addRow(tr("Theme"), theme);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    settings.setValue("language", language->currentData().toString());
    settings.setValue("theme", theme->currentData().toString());
    window_.language().apply(language->currentData().toString());
    window_.setTheme(theme->currentData().toString());
}

} // namespace ts::app
