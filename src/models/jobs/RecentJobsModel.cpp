#include "models/jobs/RecentJobsModel.h"

#include "models/jobs/JobText.h"
#include "models/roles.h"

#include <QLocale>

namespace airdesk::models {

using domain::Job;

RecentJobsModel::RecentJobsModel(api::JobService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
}

int RecentJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int RecentJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConnectionColumn:
        return tr("Connection");
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

QVariant RecentJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ConnectionColumn:
            return m_names.value(job.connectionId, job.connectionId);
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
            return job.durationSeconds ? JobText::duration(*job.durationSeconds) : QString();
        case RecordsColumn:
            return job.rowsSynced ? QLocale().toString(*job.rowsSynced) : QString();
        case BytesColumn:
            return job.bytesSynced ? JobText::bytes(*job.bytesSynced) : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(JobText::statusIcon(job.status)) : QVariant();
    case Qt::ForegroundRole:
        return column == StatusColumn ? QVariant(JobText::statusColour(job.status)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == IdColumn || column >= DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                              : QVariant();
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

void RecentJobsModel::load(const std::optional<QDateTime> &since, int limit)
{
    delete m_loadContext;
    m_loadContext = nullptr;
    if (!m_jobs.isEmpty()) {
        beginResetModel();
        m_jobs.clear();
        endResetModel();
    }
    if (!m_service)
        return;
    m_loadContext = new QObject(this);
    QObject *context = m_loadContext;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_service->recentJobs(
        limit, since, context,
        [this](const QList<Job> &rows) {
            const int first = int(m_jobs.size());
            beginInsertRows({}, first, first + int(rows.size()) - 1);
            m_jobs += rows;
            endInsertRows();
        },
        [this, context](int, const api::ApiError &error) {
            context->deleteLater();
            if (m_loadContext == context)
                m_loadContext = nullptr;
            m_loading = false;
            Q_EMIT loadingChanged(false);
            if (error.isError())
                Q_EMIT loadFailed(error.message());
        });
}

void RecentJobsModel::setConnectionNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, ConnectionColumn), index(rowCount() - 1, ConnectionColumn), {Qt::DisplayRole});
}

} // namespace airdesk::models
