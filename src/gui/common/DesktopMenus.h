#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace airdesk::gui {

/// The menus every desktop application has, added to the end of a main window's menu bar:
/// Settings → Preferences… (QKeySequence::Preferences) and Help → Keyboard shortcuts,
/// About Airdesk, About Qt. Dialogs open window-modal with open(), never exec().
class DesktopMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopMenus)

public:
    /// Adds the menus to `window`; the returned object is a child of it.
    static DesktopMenus *install(QMainWindow *window);

    QAction *preferencesAction() const { return m_preferences; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

private:
    explicit DesktopMenus(QMainWindow *window);
    void showPreferences();
    void showShortcuts();
    void showAbout();

    QMainWindow *m_window;
    QAction *m_preferences;
    QAction *m_shortcuts;
    QAction *m_about;
};

} // namespace airdesk::gui
