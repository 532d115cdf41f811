#include "models/ActorTableModel.h"

#include "models/roles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace airdesk::models {

namespace {

/// The server leaves the type empty for definitions it cannot name; the definition id is then
/// the only thing that tells connectors apart.
QString connectorType(const domain::Actor &actor)
{
    return actor.typeName.isEmpty() ? actor.definitionId : actor.typeName;
}

} // namespace

ActorTableModel::ActorTableModel(QObject *parent)
    : ResourceTableModel<domain::Actor>(parent)
{
}

QHash<QString, QString> ActorTableModel::namesById() const
{
    QHash<QString, QString> names;
    names.reserve(rows().size());
    for (const domain::Actor &actor : rows())
        names.insert(actor.id, actor.name);
    return names;
}

int ActorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Actor &actor = rows().at(index.row());
    if (role >= Qt::UserRole && role != RawValueRole)
        return rowData(actor, role);

    switch (Column(index.column())) {
    case Name:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return actor.name;
        if (role == Qt::ToolTipRole)
            return actor.id;
        break;
    case Type:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return connectorType(actor);
        if (role == Qt::ToolTipRole)
            return actor.definitionId.isEmpty() ? QVariant() : QVariant(tr("Definition %1").arg(actor.definitionId));
        break;
    case Id:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole)
            return actor.id;
        break;
    case Created:
        if (!actor.createdAt.isValid())
            return {};
        if (role == Qt::DisplayRole)
            return QLocale().toString(actor.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(actor.createdAt.toLocalTime(), QLocale::LongFormat);
        if (role == RawValueRole)
            return actor.createdAt;
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActorTableModel::rowData(const domain::Actor &actor, int role) const
{
    switch (role) {
    case IdRole:
        return actor.id;
    case SearchTextRole:
        return QString(actor.name % u'\n' % connectorType(actor) % u'\n' % actor.id).toLower();
    case ConnectorTypeRole:
        return connectorType(actor);
    case IconKeyRole:
        return actor.definitionId.isEmpty() ? actor.typeName : actor.definitionId;
    case ObjectRole:
        return QVariant::fromValue(actor);
    default:
        return {};
    }
}

QVariant ActorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Id:
        return tr("Id");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace airdesk::models
