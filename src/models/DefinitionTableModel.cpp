#include "models/DefinitionTableModel.h"

#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace airdesk::models {

DefinitionTableModel::DefinitionTableModel(QObject *parent)
    : ResourceTableModel<domain::DeclarativeDefinition>(parent)
{
}

int DefinitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DefinitionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::DeclarativeDefinition &d = rows().at(index.row());
    switch (role) {
    case IdRole:
        return d.id;
    case SearchTextRole:
        return QString(d.name % u' ' % d.id).toLower();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawValueRole:
        switch (Column(index.column())) {
        case Name:
            return d.name;
        case Id:
            return d.id;
        case Version:
            return role == RawValueRole ? QVariant(d.version) : QVariant(QString::number(d.version));
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DefinitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Id:
        return tr("Id");
    case Version:
        return tr("Version");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace airdesk::models
