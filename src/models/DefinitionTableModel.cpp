#include "models/DefinitionTableModel.h"

#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace airdesk::models {

DefinitionTableModel::DefinitionTableModel(QObject *parent)
    : ResourceTableModel<DefinitionRow>(parent)
{
}

QList<DefinitionRow> DefinitionTableModel::rowsOf(DefinitionRow::Kind kind) const
{
    QList<DefinitionRow> kept;
    for (const DefinitionRow &row : rows())
        if (row.kind == kind)
            kept.append(row);
    return kept;
}

void DefinitionTableModel::setDeclarativeDefinitions(const QList<domain::DeclarativeDefinition> &definitions)
{
    QList<DefinitionRow> all;
    for (const domain::DeclarativeDefinition &d : definitions)
        all.append(DefinitionRow::fromYaml(d));
    all.append(rowsOf(DefinitionRow::Kind::Docker));
    setRows(all);
}

void DefinitionTableModel::setDockerDefinitions(const QList<domain::DockerDefinition> &definitions)
{
    QList<DefinitionRow> all = rowsOf(DefinitionRow::Kind::Yaml);
    for (const domain::DockerDefinition &d : definitions)
        all.append(DefinitionRow::fromDocker(d));
    setRows(all);
}

int DefinitionTableModel::dockerCount() const
{
    return int(rowsOf(DefinitionRow::Kind::Docker).size());
}

int DefinitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DefinitionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DefinitionRow &row = rows().at(index.row());
    const bool docker = row.kind == DefinitionRow::Kind::Docker;
    switch (role) {
    case IdRole:
        return row.id();
    case SearchTextRole:
        return QString(row.name() % u' ' % row.id() % u' ' % row.docker.dockerRepository).toLower();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawValueRole:
        switch (Column(index.column())) {
        case Name:
            return row.name();
        case Kind:
            return docker ? tr("Docker") : tr("YAML");
        case Version:
            if (docker)
                return QString(row.docker.dockerRepository % u':' % row.docker.dockerImageTag);
            return role == RawValueRole ? QVariant(row.yaml.version) : QVariant(QString::number(row.yaml.version));
        case Id:
            return row.id();
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
    case Kind:
        return tr("Kind");
    case Version:
        return tr("Version");
    case Id:
        return tr("Id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace airdesk::models
