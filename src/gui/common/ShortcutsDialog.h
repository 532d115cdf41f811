#pragma once

#include <QDialog>

class QTableWidget;

namespace airdesk::gui {

/// Help → Keyboard shortcuts: every action of a window that has a shortcut, with its menu and
/// its keys in the platform's notation. Generated from the actions, so it never falls behind.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Rows of (where, action text without '&', shortcuts) for every action of `window`
    /// and its children that has a shortcut, sorted by where and text.
    static QList<QStringList> shortcutRows(const QWidget *window);

private:
    QTableWidget *m_table;
};

} // namespace airdesk::gui
