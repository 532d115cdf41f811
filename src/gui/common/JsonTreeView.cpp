#include "JsonTreeView.h"

#include "models/json/JsonTreeModel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

JsonTreeView::JsonTreeView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::JsonTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(m_stack))
    , m_message(new QLabel(m_stack))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // key, value or type
    m_search->setPlaceholderText(tr("Search keys and values"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the document"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
        m_tree->resizeColumnToContents(models::JsonTreeModel::KeyColumn);
    });

    m_tree->setModel(m_proxy);
    m_tree->setAccessibleName(tr("Document"));
    m_tree->setUniformRowHeights(true);
    connect(m_tree, &QTreeView::expanded, this,
            [this] { m_tree->resizeColumnToContents(models::JsonTreeModel::KeyColumn); });
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(models::JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto addCopy = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, m_tree);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_tree->addAction(action);
    };
    addCopy(tr("Copy value"), QKeySequence::Copy, [this] { copySelected(models::JsonTreeModel::JsonRole); });
    addCopy(tr("Copy path"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
            [this] { copySelected(models::JsonTreeModel::PathRole); });
    addCopy(tr("Copy the whole document"), QKeySequence(), [this] {
        const QJsonValue v = m_model->json();
        const QByteArray text = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
        QGuiApplication::clipboard()->setText(QString::fromUtf8(text));
    });

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
}

void JsonTreeView::setJson(const QJsonValue &value)
{
    m_model->setJson(value);
    m_stack->setCurrentWidget(m_tree);
    m_search->setEnabled(true);
    m_tree->expandToDepth(1);
    m_tree->resizeColumnToContents(models::JsonTreeModel::KeyColumn);
}

void JsonTreeView::showMessage(const QString &text)
{
    m_model->clear();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_search->setEnabled(false);
}

bool JsonTreeView::isShowingTree() const
{
    return m_stack->currentWidget() == m_tree;
}

void JsonTreeView::copySelected(int role)
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data(role).toString());
}

} // namespace airdesk::gui
