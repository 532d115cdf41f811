#include "models/ConnectionTableModel.h"

#include "models/ScheduleText.h"
#include "models/StatusColors.h"
#include "models/roles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace airdesk::models {

namespace {

/// When the last job ended, or when it started while it still runs.
QDateTime jobTime(const domain::Job &job)
{
    return job.lastUpdatedAt.value_or(job.startTime);
}

} // namespace

ConnectionTableModel::ConnectionTableModel(QObject *parent)
    : ResourceTableModel<domain::Connection>(parent)
{
}

void ConnectionTableModel::setActorNames(const QHash<QString, QString> &sourceNames,
                                         const QHash<QString, QString> &destinationNames)
{
    const QHash<QString, QString> oldSources = std::exchange(m_sourceNames, sourceNames);
    const QHash<QString, QString> oldDestinations = std::exchange(m_destinationNames, destinationNames);
    const auto changed = [&](int row) {
        const domain::Connection &c = rows().at(row);
        return oldSources.value(c.sourceId) != m_sourceNames.value(c.sourceId)
               || oldDestinations.value(c.destinationId) != m_destinationNames.value(c.destinationId);
    };
    forEachChangedRun(changed, [this](int first, int last) {
        Q_EMIT dataChanged(index(first, Source), index(last, Destination),
                           {Qt::DisplayRole, Qt::ToolTipRole, RawValueRole, SearchTextRole});
    });
}

void ConnectionTableModel::setLastJob(const QString &connectionId, const domain::Job &job)
{
    m_lastJobs.insert(connectionId, job);
    if (const int row = indexOfId(connectionId); row >= 0)
        Q_EMIT dataChanged(index(row, LastSync), index(row, LastSync),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, RawValueRole, JobStatusRole});
}

std::optional<domain::Job> ConnectionTableModel::lastJob(const QString &connectionId) const
{
    const auto it = m_lastJobs.constFind(connectionId);
    return it == m_lastJobs.cend() ? std::nullopt : std::optional<domain::Job>(*it);
}

QString ConnectionTableModel::sourceName(const domain::Connection &connection) const
{
    // Until the names arrive (or for an actor that is gone) the id is the best there is.
    return m_sourceNames.value(connection.sourceId, connection.sourceId);
}

QString ConnectionTableModel::destinationName(const domain::Connection &connection) const
{
    return m_destinationNames.value(connection.destinationId, connection.destinationId);
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Connection &connection = rows().at(index.row());
    if (role >= Qt::UserRole && role != RawValueRole)
        return rowData(connection, role);
    if (role == Qt::DecorationRole)
        return decoration(connection, Column(index.column()));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return {};
    return cellData(connection, Column(index.column()), role);
}

QVariant ConnectionTableModel::cellData(const domain::Connection &c, Column column, int role) const
{
    switch (column) {
    case Name:
        return role == Qt::ToolTipRole ? QVariant() : QVariant(c.name);
    case Source:
        return role == Qt::ToolTipRole ? c.sourceId : sourceName(c);
    case Destination:
        return role == Qt::ToolTipRole ? c.destinationId : destinationName(c);
    case Status:
        if (role == Qt::ToolTipRole)
            return c.statusReason.isEmpty() ? QVariant() : QVariant(c.statusReason);
        if (c.status == domain::Connection::Status::Unknown && !c.statusText.isEmpty())
            return c.statusText;
        return statusText(c.status);
    case Schedule:
        if (role == Qt::ToolTipRole) {
            const QString raw = ScheduleText::rawText(c.schedule);
            return raw.isEmpty() ? QVariant() : QVariant(raw);
        }
        return ScheduleText::describe(c.schedule);
    case LastSync:
        return lastSyncData(c, role);
    case Streams:
        if (role == Qt::ToolTipRole)
            return c.streamNames().join(u", "_s);
        return int(c.streams.size());
    case Prefix:
        return role == Qt::ToolTipRole ? QVariant() : QVariant(c.prefix);
    case Id:
        return c.connectionId;
    case Created:
        if (!c.createdAt.isValid())
            return {};
        if (role == Qt::DisplayRole)
            return QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(c.createdAt.toLocalTime(), QLocale::LongFormat);
        return c.createdAt;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConnectionTableModel::decoration(const domain::Connection &connection, Column column) const
{
    if (column == Status)
        return StatusColors::forConnection(connection.status);
    if (column == LastSync)
        if (const auto it = m_lastJobs.constFind(connection.connectionId); it != m_lastJobs.cend())
            return StatusColors::forJob(it->status);
    return {};
}

QVariant ConnectionTableModel::lastSyncData(const domain::Connection &connection, int role) const
{
    const auto it = m_lastJobs.constFind(connection.connectionId);
    if (it == m_lastJobs.cend())
        return {};
    const QDateTime time = jobTime(*it);
    if (role == RawValueRole)
        return time.isValid() ? QVariant(time) : QVariant();
    const QString status = it->status == domain::JobStatus::Unknown ? it->rawStatus : jobStatusText(it->status);
    if (role == Qt::ToolTipRole)
        return tr("Job %1: %2, %3").arg(it->jobId).arg(status, QLocale().toString(time.toLocalTime(), QLocale::LongFormat));
    if (!time.isValid())
        return status;
    return tr("%1 · %2").arg(status, QLocale().toString(time.toLocalTime(), QLocale::ShortFormat));
}

QVariant ConnectionTableModel::rowData(const domain::Connection &c, int role) const
{
    switch (role) {
    case IdRole:
        return c.connectionId;
    case SearchTextRole:
        return QString(c.name % u'\n' % sourceName(c) % u'\n' % destinationName(c) % u'\n' % c.connectionId
                       % u'\n' % c.prefix)
            .toLower();
    case StatusRole:
        return c.status == domain::Connection::Status::Unknown ? c.statusText : domain::Connection::toString(c.status);
    case EnabledRole:
        return c.isEnabled();
    case ObjectRole:
        return QVariant::fromValue(c);
    case JobStatusRole:
        if (const auto it = m_lastJobs.constFind(c.connectionId); it != m_lastJobs.cend())
            return domain::jobStatusToString(it->status);
        return {};
    default:
        return {};
    }
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Source:
        return tr("Source");
    case Destination:
        return tr("Destination");
    case Status:
        return tr("Status");
    case Schedule:
        return tr("Schedule");
    case LastSync:
        return tr("Last sync");
    case Streams:
        return tr("Streams");
    case Prefix:
        return tr("Prefix");
    case Id:
        return tr("Id");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

QString ConnectionTableModel::statusText(domain::Connection::Status status)
{
    switch (status) {
    case domain::Connection::Status::Active:
        return tr("Enabled");
    case domain::Connection::Status::Inactive:
        return tr("Disabled");
    case domain::Connection::Status::Locked:
        return tr("Locked");
    case domain::Connection::Status::Deprecated:
        return tr("Deprecated");
    case domain::Connection::Status::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ConnectionTableModel::jobStatusText(domain::JobStatus status)
{
    switch (status) {
    case domain::JobStatus::Pending:
        return tr("Pending");
    case domain::JobStatus::Queued:
        return tr("Queued");
    case domain::JobStatus::Running:
        return tr("Running");
    case domain::JobStatus::Incomplete:
        return tr("Incomplete");
    case domain::JobStatus::Failed:
        return tr("Failed");
    case domain::JobStatus::Succeeded:
        return tr("Succeeded");
    case domain::JobStatus::Cancelled:
        return tr("Cancelled");
    case domain::JobStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

} // namespace airdesk::models
