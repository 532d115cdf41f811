#pragma once

#include <QJsonValue>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace airdesk::models {
class JsonTreeModel;
}

namespace airdesk::gui {

/// A JSON document as a searchable tree: the search keeps the items whose key or value
/// matches (with their ancestors), and the context menu copies an item's value, its path, or
/// the whole document. "Nothing" (a state that is not set) shows as a sentence, not an empty tree.
class JsonTreeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeView)

public:
    explicit JsonTreeView(QWidget *parent = nullptr);

    void setJson(const QJsonValue &value);
    /// Shows `text` instead of a tree (not set, loading, an error).
    void showMessage(const QString &text);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *messageLabel() const { return m_message; }
    models::JsonTreeModel *model() const { return m_model; }
    bool isShowingTree() const;

private:
    void copySelected(int role);

    models::JsonTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QLabel *m_message;
};

} // namespace airdesk::gui
