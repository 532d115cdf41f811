#pragma once

#include "models/ResourceTableModel.h"

#include "core/domain/Connection.h"
#include "core/domain/Job.h"

#include <QHash>
#include <optional>

namespace airdesk::models {

/// The connections of a workspace as a table. Source and destination names and the last job
/// arrive separately from the rows (other lists, other calls) and are kept by id, so they
/// survive a refresh of the rows and fill in cells whenever they come.
class ConnectionTableModel final : public ResourceTableModel<domain::Connection>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTableModel)

public:
    enum Column { Name, Source, Destination, Status, Schedule, LastSync, Streams, Prefix, Id, Created, ColumnCount };

    explicit ConnectionTableModel(QObject *parent = nullptr);

    domain::Connection connectionAt(int row) const { return rowAt(row); }

    /// id -> name of sources and destinations. Only rows whose shown names change get a
    /// dataChanged, over the Source and Destination columns only.
    void setActorNames(const QHash<QString, QString> &sourceNames, const QHash<QString, QString> &destinationNames);
    /// The newest job of a connection (JobService::latestJob): its status and time fill the
    /// "Last sync" cell. Kept also for connections not (yet) shown.
    void setLastJob(const QString &connectionId, const domain::Job &job);
    std::optional<domain::Job> lastJob(const QString &connectionId) const;

    QString sourceName(const domain::Connection &connection) const;
    QString destinationName(const domain::Connection &connection) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(domain::Connection::Status status);
    static QString jobStatusText(domain::JobStatus status);

protected:
    QString rowId(const domain::Connection &row) const override { return row.connectionId; }

private:
    QVariant rowData(const domain::Connection &connection, int role) const;
    QVariant cellData(const domain::Connection &connection, Column column, int role) const;
    QVariant decoration(const domain::Connection &connection, Column column) const;
    QVariant lastSyncData(const domain::Connection &connection, int role) const;

    QHash<QString, QString> m_sourceNames;
    QHash<QString, QString> m_destinationNames;
    QHash<QString, domain::Job> m_lastJobs;
};

} // namespace airdesk::models
