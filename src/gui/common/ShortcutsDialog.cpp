#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {
QString plainText(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

QString placeOf(const QAction *action)
{
    const QList<QObject *> owners = action->associatedObjects();
    bool onTable = false;
    for (QObject *owner : owners) {
        if (const auto *menu = qobject_cast<const QMenu *>(owner))
            return plainText(menu->title());
        for (auto *w = qobject_cast<QWidget *>(owner); w && !onTable; w = w->parentWidget())
            onTable = qobject_cast<QAbstractItemView *>(w) != nullptr;
    }
    // Row actions live on the tables (and their context menus, made when opened).
    return onTable ? ShortcutsDialog::tr("Table") : ShortcutsDialog::tr("Window");
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<QStringList> rows = shortcutRows(window);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 3; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

QList<QStringList> ShortcutsDialog::shortcutRows(const QWidget *window)
{
    QList<QStringList> rows;
    QSet<const QAction *> seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        seen.insert(action);
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts)
            keys.append(shortcut.toString(QKeySequence::NativeText));
        const QString text = plainText(action->text());
        rows.append({placeOf(action), text.isEmpty() ? plainText(action->toolTip()) : text, keys.join(u", "_s)});
    }
    std::sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) {
        return a.at(0) != b.at(0) ? a.at(0).localeAwareCompare(b.at(0)) < 0 : a.at(1).localeAwareCompare(b.at(1)) < 0;
    });
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace airdesk::gui
