#pragma once

#include "api/services/JobService.h"
#include "core/domain/Job.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <functional>

namespace airdesk::models {

/// One connection's jobs, a page at a time as a view scrolls (canFetchMore/fetchMore call
/// JobService::history with limit and offset), newest first unless the query says otherwise.
/// Filters (status, type, date range, order) are the server's: changing them reloads. Jobs
/// started or followed elsewhere come in through upsertJob() and keep their row.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column { IdColumn, TypeColumn, StatusColumn, StartedColumn, DurationColumn, RecordsColumn, BytesColumn,
                  ColumnCount };

    explicit JobTableModel(api::JobService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Shows this connection's jobs (clears, then loads the first page).
    void setConnectionId(const QString &connectionId);
    QString connectionId() const { return m_connectionId; }
    /// Filters and order; limit is ignored (pageSize() is used) and so is offset.
    void setQuery(const api::JobService::HistoryQuery &query);
    api::JobService::HistoryQuery query() const { return m_query; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }
    /// Drops the rows and loads the first page again.
    void reload();
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }

    const QList<domain::Job> &jobs() const { return m_jobs; }
    domain::Job jobAt(int row) const { return m_jobs.value(row); }
    int rowOfJob(qint64 jobId) const;
    /// Updates the job's row, or shows a new job where the order puts it (top when newest
    /// first), when it belongs to this connection and passes the filters.
    void upsertJob(const domain::Job &job);
    /// The clock durations of running jobs are measured with (tests fix it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// One page arrived (rows is its size).
    void pageLoaded(int rows);
    void loadFailed(const QString &message);

private:
    bool passesFilters(const domain::Job &job) const;
    QVariant display(const domain::Job &job, int column) const;
    void setLoading(bool loading);

    QPointer<api::JobService> m_service;
    QString m_connectionId;
    api::JobService::HistoryQuery m_query;
    int m_pageSize = 25;
    QList<domain::Job> m_jobs;
    int m_serverRows = 0; // rows that came from pages (the next offset)
    bool m_loading = false;
    bool m_complete = true;
    QObject *m_loadContext = nullptr; // replaced on reload, so late pages of an old load are dropped
    std::function<QDateTime()> m_now;
};

} // namespace airdesk::models
