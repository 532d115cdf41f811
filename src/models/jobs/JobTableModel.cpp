#include "models/jobs/JobTableModel.h"

#include "models/jobs/JobText.h"
#include "models/roles.h"

#include <QLocale>

namespace airdesk::models {

using domain::Job;

JobTableModel::JobTableModel(api::JobService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Job");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case RecordsColumn:
        return tr("Records");
    case BytesColumn:
        return tr("Bytes");
    default:
        return {};
    }
}

QVariant JobTableModel::display(const Job &job, int column) const
{
    switch (column) {
    case IdColumn:
        return QString::number(job.jobId);
    case TypeColumn:
        return job.rawJobType.isEmpty() ? domain::jobTypeToString(job.jobType) : job.rawJobType;
    case StatusColumn:
        return JobText::statusText(job.status);
    case StartedColumn:
        return job.startTime.isValid() ? QLocale().toString(job.startTime.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case DurationColumn:
        if (job.durationSeconds)
            return JobText::duration(*job.durationSeconds);
        if (!job.isFinal() && job.startTime.isValid())
            return JobText::duration(job.startTime.secsTo(m_now())); // elapsed so far
        return QString();
    case RecordsColumn:
        return job.rowsSynced ? QLocale().toString(*job.rowsSynced) : QString();
    case BytesColumn:
        return job.bytesSynced ? JobText::bytes(*job.bytesSynced) : QString();
    default:
        return {};
    }
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(JobText::statusIcon(job.status)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(JobText::statusColour(job.status)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() >= DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return index.column() == StatusColumn && job.status == domain::JobStatus::Unknown ? job.rawStatus : QVariant();
    case RawValueRole:
        switch (index.column()) {
        case IdColumn:
            return job.jobId;
        case StartedColumn:
            return job.startTime;
        case DurationColumn:
            return job.durationSeconds ? QVariant(*job.durationSeconds) : QVariant();
        case RecordsColumn:
            return job.rowsSynced ? QVariant(*job.rowsSynced) : QVariant();
        case BytesColumn:
            return job.bytesSynced ? QVariant(*job.bytesSynced) : QVariant();
        default:
            return display(job, index.column());
        }
    case IdRole:
        return QString::number(job.jobId);
    case StatusRole:
    case JobStatusRole:
        return domain::jobStatusToString(job.status);
    case ObjectRole:
        return QVariant::fromValue(job);
    default:
        return {};
    }
}

void JobTableModel::setConnectionId(const QString &connectionId)
{
    m_connectionId = connectionId;
    reload();
}

void JobTableModel::setQuery(const api::JobService::HistoryQuery &query)
{
    m_query = query;
    reload();
}

void JobTableModel::reload()
{
    delete m_loadContext;
    m_loadContext = nullptr;
    if (!m_jobs.isEmpty()) {
        beginResetModel();
        m_jobs.clear();
        endResetModel();
    }
    m_serverRows = 0;
    m_complete = m_connectionId.isEmpty() || !m_service;
    setLoading(false);
    if (!m_complete)
        fetchMore({});
}

bool JobTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading;
}

void JobTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    api::JobService::HistoryQuery page = m_query;
    page.limit = m_pageSize;
    page.offset = m_serverRows;
    m_loadContext = new QObject(this);
    QObject *context = m_loadContext;
    setLoading(true);
    m_service->history(
        m_connectionId, page, context,
        [this](const QList<Job> &rows) {
            m_serverRows += int(rows.size());
            QList<Job> fresh;
            for (const Job &job : rows) {
                if (const int at = rowOfJob(job.jobId); at >= 0) {
                    m_jobs[at] = job; // a job shown live before its page came
                    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
                } else {
                    fresh.append(job);
                }
            }
            if (!fresh.isEmpty()) {
                const int first = int(m_jobs.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                m_jobs += fresh;
                endInsertRows();
            }
            Q_EMIT pageLoaded(int(rows.size()));
        },
        [this, context](int total, const api::ApiError &error) {
            context->deleteLater();
            if (m_loadContext == context)
                m_loadContext = nullptr;
            // A short page is the last one; an error ends paging until reload().
            if (error.isError() || total < m_pageSize)
                m_complete = true;
            setLoading(false);
            if (error.isError())
                Q_EMIT loadFailed(error.message());
        });
}

void JobTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int JobTableModel::rowOfJob(qint64 jobId) const
{
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        if (m_jobs.at(i).jobId == jobId)
            return i;
    }
    return -1;
}

bool JobTableModel::passesFilters(const Job &job) const
{
    if (job.connectionId != m_connectionId)
        return false;
    if (m_query.status && job.status != *m_query.status)
        return false;
    if (m_query.type && job.jobType != *m_query.type)
        return false;
    if (m_query.createdFrom && job.startTime < *m_query.createdFrom)
        return false;
    if (m_query.createdTo && job.startTime > *m_query.createdTo)
        return false;
    return true;
}

void JobTableModel::upsertJob(const Job &job)
{
    if (const int at = rowOfJob(job.jobId); at >= 0) {
        m_jobs[at] = job;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
    if (!passesFilters(job))
        return;
    if (!m_query.newestFirst && !m_complete)
        return; // its place is on a page not loaded yet
    // A new job is the newest: first when newest first, else last.
    const int at = m_query.newestFirst ? 0 : int(m_jobs.size());
    beginInsertRows({}, at, at);
    m_jobs.insert(at, job);
    endInsertRows();
    if (m_query.newestFirst)
        ++m_serverRows; // the server now lists it too, shifting the next offset
}

} // namespace airdesk::models
