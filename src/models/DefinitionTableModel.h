#pragma once

#include "models/ResourceTableModel.h"

#include "core/domain/DeclarativeDefinition.h"

namespace airdesk::models {

/// A workspace's custom YAML source definitions as a table: name, id and active manifest
/// version.
class DefinitionTableModel final : public ResourceTableModel<domain::DeclarativeDefinition>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionTableModel)

public:
    enum Column { Name, Id, Version, ColumnCount };

    explicit DefinitionTableModel(QObject *parent = nullptr);

    domain::DeclarativeDefinition definitionAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowId(const domain::DeclarativeDefinition &row) const override { return row.id; }
};

} // namespace airdesk::models
