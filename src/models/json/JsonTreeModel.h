#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace airdesk::models {

/// Any JSON value as a tree (key, value, type), for the state and catalog viewers: objects
/// and arrays are branches, everything else leaves. Built once per setJson(); read-only.
/// Each item also answers PathRole (where it sits, e.g. `streams[0].config.syncMode`) and
/// JsonRole (its value as compact JSON), which the viewer copies.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 100, JsonRole };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setJson(const QJsonValue &value);
    QJsonValue json() const { return m_value; }
    void clear();
    /// How many items the tree holds (objects, arrays and leaves), the root excluded.
    int itemCount() const { return m_itemCount; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;  // the member name, or "[i]" for array items
        QString path; // from the root
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    void build(Node *node, int depth);
    const Node *nodeAt(const QModelIndex &index) const;

    QJsonValue m_value;
    std::unique_ptr<Node> m_root;
    int m_itemCount = 0;
};

} // namespace airdesk::models
