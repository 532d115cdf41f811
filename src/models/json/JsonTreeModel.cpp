#include "JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace airdesk::models {

namespace {
// Deeper than any real state or catalog; a hostile document stops growing here.
constexpr int kMaxDepth = 128;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrap it in an array to let QJsonDocument write it, then strip the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString childPath(const QString &parent, const QString &key, bool arrayItem)
{
    if (arrayItem)
        return parent + key;
    return parent.isEmpty() ? key : QString(parent + u'.' + key);
}
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_value = value;
    m_root = std::make_unique<Node>();
    m_root->value = value;
    m_itemCount = 0;
    build(m_root.get(), 0);
    endResetModel();
}

void JsonTreeModel::clear()
{
    setJson(QJsonValue());
}

void JsonTreeModel::build(Node *node, int depth)
{
    if (depth >= kMaxDepth)
        return;
    auto add = [this, node, depth](const QString &key, const QJsonValue &value, bool arrayItem) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->path = childPath(node->path, key, arrayItem);
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        ++m_itemCount;
        build(child.get(), depth + 1);
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value(), false);
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(u"[%1]"_s.arg(i), array.at(i), true);
    }
}

const JsonTreeModel::Node *JsonTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeAt(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeAt(child);
    const Node *p = node->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case PathRole:
        return node->path;
    case JsonRole:
        return compact(node->value);
    case Qt::ToolTipRole:
        return node->path;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KeyColumn:
            return node->key;
        case ValueColumn:
            if (node->value.isObject())
                return tr("{%n member(s)}", nullptr, int(node->children.size()));
            if (node->value.isArray())
                return tr("[%n item(s)]", nullptr, int(node->children.size()));
            if (node->value.isString())
                return node->value.toString(); // shown as text, never interpreted
            return compact(node->value);
        case TypeColumn:
            return typeName(node->value);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace airdesk::models
