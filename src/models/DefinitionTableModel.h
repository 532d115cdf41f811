#pragma once

#include "models/ResourceTableModel.h"

#include "core/domain/DeclarativeDefinition.h"
#include "core/domain/DockerDefinition.h"

namespace airdesk::models {

/// One row of the definitions table: a custom YAML (declarative) definition or a custom Docker one.
struct DefinitionRow
{
    enum class Kind { Yaml, Docker };
    Kind kind = Kind::Yaml;
    domain::DeclarativeDefinition yaml;   ///< set when kind is Yaml
    domain::DockerDefinition docker;      ///< set when kind is Docker

    static DefinitionRow fromYaml(const domain::DeclarativeDefinition &d) { return {Kind::Yaml, d, {}}; }
    static DefinitionRow fromDocker(const domain::DockerDefinition &d) { return {Kind::Docker, {}, d}; }
    QString id() const { return kind == Kind::Yaml ? yaml.id : docker.id; }
    QString name() const { return kind == Kind::Yaml ? yaml.name : docker.name; }
};

/// A workspace's custom source definitions as a table: name, kind (YAML or Docker), version (the
/// active manifest version, or the image as repository:tag) and id. YAML rows and Docker rows
/// come from different services and are replaced independently.
class DefinitionTableModel final : public ResourceTableModel<DefinitionRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionTableModel)

public:
    enum Column { Name, Kind, Version, Id, ColumnCount };

    explicit DefinitionTableModel(QObject *parent = nullptr);

    /// Replaces the YAML rows, keeping the Docker ones (after them).
    void setDeclarativeDefinitions(const QList<domain::DeclarativeDefinition> &definitions);
    /// Replaces the Docker rows, keeping the YAML ones (before them).
    void setDockerDefinitions(const QList<domain::DockerDefinition> &definitions);
    using ResourceTableModel<DefinitionRow>::upsert;
    int upsert(const domain::DeclarativeDefinition &definition) { return upsert(DefinitionRow::fromYaml(definition)); }
    int upsert(const domain::DockerDefinition &definition) { return upsert(DefinitionRow::fromDocker(definition)); }

    bool isDocker(int row) const { return rowAt(row).kind == DefinitionRow::Kind::Docker; }
    /// The YAML definition of a row (empty for a Docker row).
    domain::DeclarativeDefinition definitionAt(int row) const { return rowAt(row).yaml; }
    /// The Docker definition of a row (empty for a YAML row).
    domain::DockerDefinition dockerAt(int row) const { return rowAt(row).docker; }
    int dockerCount() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowId(const DefinitionRow &row) const override { return row.id(); }

private:
    QList<DefinitionRow> rowsOf(DefinitionRow::Kind kind) const;
};

} // namespace airdesk::models
