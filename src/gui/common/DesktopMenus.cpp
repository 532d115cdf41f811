#include "DesktopMenus.h"

#include "PreferencesDialog.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

DesktopMenus *DesktopMenus::install(QMainWindow *window)
{
    return new DesktopMenus(window);
}

DesktopMenus::DesktopMenus(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"desktopMenus"_s);
    QMenu *settingsMenu = window->menuBar()->addMenu(tr("Se&ttings"));
    m_preferences = settingsMenu->addAction(tr("&Preferences…"));
    m_preferences->setObjectName(u"preferencesAction"_s);
    // Not every platform theme binds Preferences (X11 outside KDE does not): Ctrl+, then.
    const QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_preferences->setShortcuts(preferenceKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                         : preferenceKeys);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &DesktopMenus::showPreferences);

    QMenu *helpMenu = window->menuBar()->addMenu(tr("&Help"));
    m_shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"));
    m_shortcuts->setObjectName(u"shortcutsAction"_s);
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    connect(m_shortcuts, &QAction::triggered, this, &DesktopMenus::showShortcuts);
    helpMenu->addSeparator();
    m_about = helpMenu->addAction(tr("&About Airdesk"));
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &DesktopMenus::showAbout);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void DesktopMenus::showPreferences()
{
    if (auto *open = m_window->findChild<PreferencesDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // The dialog owns its settings object, so it lives exactly as long as the dialog.
    auto *settings = new QSettings;
    auto *dialog = new PreferencesDialog(*settings, m_window);
    settings->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DesktopMenus::showShortcuts()
{
    if (auto *open = m_window->findChild<ShortcutsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DesktopMenus::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Airdesk"),
                                tr("<h3>Airdesk %1</h3><p>Manage Airbyte workspaces by point and click: "
                                   "sources, destinations, connections, schedules and syncs.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Close, m_window);
    box->setObjectName(u"aboutBox"_s);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace airdesk::gui
