#pragma once

#include "api/services/JobService.h"
#include "core/domain/Job.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace airdesk::models {

/// Recent jobs of every connection in a workspace (JobService::recentJobs), in the server's
/// newest-first order; FailuresFirstProxy puts what broke on top. Connection names come from
/// whoever knows them (setConnectionNames); until then the id is shown.
class RecentJobsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentJobsModel)

public:
    enum Column { ConnectionColumn, IdColumn, TypeColumn, StatusColumn, StartedColumn, DurationColumn,
                  RecordsColumn, BytesColumn, ColumnCount };

    explicit RecentJobsModel(api::JobService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows with the jobs created since `since` (at most `limit`).
    void load(const std::optional<QDateTime> &since, int limit = 500);
    bool isLoading() const { return m_loading; }
    const QList<domain::Job> &jobs() const { return m_jobs; }
    domain::Job jobAt(int row) const { return m_jobs.value(row); }
    void setConnectionNames(const QHash<QString, QString> &names);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    QPointer<api::JobService> m_service;
    QList<domain::Job> m_jobs;
    QHash<QString, QString> m_names;
    QObject *m_loadContext = nullptr;
    bool m_loading = false;
};

} // namespace airdesk::models
