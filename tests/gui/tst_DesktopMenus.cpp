#include "gui/common/AppearanceStyler.h"
#include "gui/common/DesktopMenus.h"
#include "gui/common/PreferencesDialog.h"
#include "gui/common/ShortcutsDialog.h"
#include "gui/common/UiPreferences.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;

class tst_DesktopMenus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preferencesStoreLanguageAndAppearance();
    void preferencesSayLanguageNeedsRestart();
    void unknownSettingsFallBackToSystem();
    void darkPaletteIsDark();
    void shortcutsOverviewListsEveryShortcut();
    void menusAddPreferencesAndHelp();
};

void tst_DesktopMenus::preferencesStoreLanguageAndAppearance()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    {
        gui::PreferencesDialog dialog(settings);
        QCOMPARE(dialog.languageComboBox()->currentData().toString(), QString());
        dialog.languageComboBox()->setCurrentIndex(dialog.languageComboBox()->findData(u"de"_s));
        dialog.appearanceComboBox()->setCurrentIndex(dialog.appearanceComboBox()->findData(u"dark"_s));
        dialog.accept();
    }
    gui::UiPreferences prefs(settings);
    QCOMPARE(prefs.language(), u"de"_s);
    QCOMPARE(prefs.appearance(), gui::UiPreferences::Appearance::Dark);
    QVERIFY(gui::AppearanceStyler::isDark(QApplication::palette()));
    {
        gui::PreferencesDialog dialog(settings); // shows what is stored
        QCOMPARE(dialog.languageComboBox()->currentData().toString(), u"de"_s);
        QCOMPARE(dialog.appearanceComboBox()->currentData().toString(), u"dark"_s);
        dialog.languageComboBox()->setCurrentIndex(0);
        dialog.appearanceComboBox()->setCurrentIndex(dialog.appearanceComboBox()->findData(u"light"_s));
        dialog.accept();
    }
    QCOMPARE(prefs.language(), QString());
    QVERIFY(!settings.contains(u"ui/language"_s));
    QCOMPARE(prefs.appearance(), gui::UiPreferences::Appearance::Light);
    QVERIFY(!gui::AppearanceStyler::isDark(QApplication::palette()));
    {
        gui::PreferencesDialog dialog(settings); // Cancel keeps the stored choice
        dialog.languageComboBox()->setCurrentIndex(dialog.languageComboBox()->findData(u"fr"_s));
        dialog.reject();
    }
    QCOMPARE(prefs.language(), QString());
}

void tst_DesktopMenus::preferencesSayLanguageNeedsRestart()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    gui::PreferencesDialog dialog(settings);
    dialog.show();
    QVERIFY(!dialog.restartLabel()->isVisible());
    dialog.languageComboBox()->setCurrentIndex(dialog.languageComboBox()->findData(u"fr"_s));
    QVERIFY(dialog.restartLabel()->isVisible());
    QVERIFY(dialog.restartLabel()->text().contains(u"starts again"_s));
    dialog.grab().save(u"/tmp/airdesk-preferences.png"_s);
    dialog.languageComboBox()->setCurrentIndex(0);
    QVERIFY(!dialog.restartLabel()->isVisible());
    // Both choices have a label the screen reader reads (the buddy of the combo box).
    for (QComboBox *box : {dialog.languageComboBox(), dialog.appearanceComboBox()}) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(box->objectName()));
    }
}

void tst_DesktopMenus::unknownSettingsFallBackToSystem()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    settings.setValue(u"ui/language"_s, u"klingon"_s);
    settings.setValue(u"ui/appearance"_s, u"purple"_s);
    const gui::UiPreferences prefs(settings);
    QCOMPARE(prefs.language(), QString());
    QCOMPARE(prefs.appearance(), gui::UiPreferences::Appearance::System);
}

void tst_DesktopMenus::darkPaletteIsDark()
{
    const QPalette dark = gui::AppearanceStyler::darkPalette();
    QVERIFY(gui::AppearanceStyler::isDark(dark));
    QVERIFY(!gui::AppearanceStyler::isDark(gui::AppearanceStyler::lightPalette()));
    // Text stays readable: a clear lightness gap between text and its background.
    QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 150);
    QVERIFY(dark.color(QPalette::Disabled, QPalette::Text) != dark.color(QPalette::Active, QPalette::Text));
}

void tst_DesktopMenus::shortcutsOverviewListsEveryShortcut()
{
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(u"&File"_s);
    QAction *refresh = file->addAction(u"&Refresh"_s);
    refresh->setShortcuts(QKeySequence::Refresh);
    file->addAction(u"No shortcut"_s);
    QAction *hidden = new QAction(u"Close &tab"_s, &window); // an action outside any menu
    hidden->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    window.addAction(hidden);
    auto *table = new QTableWidget(&window);
    QAction *rowAction = new QAction(u"Re&name…"_s, table);
    rowAction->setShortcut(QKeySequence(Qt::Key_F2));
    table->addAction(rowAction);
    gui::DesktopMenus::install(&window);

    const QList<QStringList> rows = gui::ShortcutsDialog::shortcutRows(&window);
    QStringList actions;
    for (const QStringList &row : rows)
        actions.append(row.at(1));
    QVERIFY2(actions.contains(u"Refresh"_s), qPrintable(actions.join(u", "_s)));
    QVERIFY(actions.contains(u"Close tab"_s));
    QVERIFY(actions.contains(u"Rename"_s)); // '&' and '…' dropped
    QVERIFY(actions.contains(u"Preferences"_s)); // added by DesktopMenus, "…" dropped
    QVERIFY(!actions.contains(u"No shortcut"_s));
    for (const QStringList &row : rows) {
        if (row.at(1) == "Refresh"_L1) {
            QCOMPARE(row.at(0), u"File"_s);
            QCOMPARE(row.at(2), QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
        }
        if (row.at(1) == "Close tab"_L1) {
            QCOMPARE(row.at(0), u"Window"_s);
            QCOMPARE(row.at(2), QKeySequence(Qt::CTRL | Qt::Key_W).toString(QKeySequence::NativeText));
        }
        if (row.at(1) == "Rename"_L1)
            QCOMPARE(row.at(0), u"Table"_s);
    }
    gui::ShortcutsDialog dialog(&window);
    QCOMPARE(dialog.table()->rowCount(), rows.size());
    dialog.show();
    dialog.grab().save(u"/tmp/airdesk-shortcuts-small.png"_s);
}

void tst_DesktopMenus::menusAddPreferencesAndHelp()
{
    QMainWindow window;
    QSettings().clear();
    auto *menus = gui::DesktopMenus::install(&window);
    QCOMPARE(menus->parent(), &window);
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(menus->preferencesAction()->shortcuts(),
             platform.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : platform);
    window.show();
    menus->shortcutsAction()->trigger();
    auto *shortcuts = window.findChild<gui::ShortcutsDialog *>();
    QVERIFY(shortcuts && shortcuts->isVisible());
    menus->shortcutsAction()->trigger(); // the same window again, not a second one
    QCOMPARE(window.findChildren<gui::ShortcutsDialog *>().size(), 1);
    menus->preferencesAction()->trigger();
    auto *prefs = window.findChild<gui::PreferencesDialog *>();
    QVERIFY(prefs && prefs->isVisible() && prefs->isModal());
    prefs->reject();
}

QTEST_MAIN(tst_DesktopMenus)
#include "tst_DesktopMenus.moc"
