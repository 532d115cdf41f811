#pragma once

#include "models/ResourceTableModel.h"

#include "core/domain/Actor.h"

#include <QHash>

namespace airdesk::models {

/// The deployed sources (or destinations) of a workspace as a table: name, connector type,
/// id and creation date. Icons are the GUI's business: it picks them by IconKeyRole.
class ActorTableModel final : public ResourceTableModel<domain::Actor>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorTableModel)

public:
    enum Column { Name, Type, Id, Created, ColumnCount };

    explicit ActorTableModel(QObject *parent = nullptr);

    domain::Actor actorAt(int row) const { return rowAt(row); }
    /// id -> name of every row, what ConnectionTableModel::setActorNames wants.
    QHash<QString, QString> namesById() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString rowId(const domain::Actor &row) const override { return row.id; }

private:
    QVariant rowData(const domain::Actor &actor, int role) const;
};

} // namespace airdesk::models
