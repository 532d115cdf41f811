#include "models/jobs/FailuresFirstProxy.h"

#include "core/domain/Job.h"
#include "models/roles.h"

namespace airdesk::models {

using domain::Job;
using domain::JobStatus;

namespace {

int rank(JobStatus status)
{
    switch (status) {
    case JobStatus::Failed:
        return 0;
    case JobStatus::Incomplete:
        return 1;
    case JobStatus::Cancelled:
        return 2;
    case JobStatus::Running:
    case JobStatus::Pending:
    case JobStatus::Queued:
        return 3;
    case JobStatus::Succeeded:
        return 4;
    case JobStatus::Unknown:
        break;
    }
    return 5;
}

bool isProblem(JobStatus status)
{
    return rank(status) <= 2;
}

} // namespace

FailuresFirstProxy::FailuresFirstProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void FailuresFirstProxy::setFailuresOnly(bool only)
{
    if (only == m_failuresOnly)
        return;
    m_failuresOnly = only;
    invalidateFilter();
}

bool FailuresFirstProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Job a = left.data(ObjectRole).value<Job>();
    const Job b = right.data(ObjectRole).value<Job>();
    const int ra = rank(a.status);
    const int rb = rank(b.status);
    if (ra != rb)
        return ra < rb;
    if (a.startTime != b.startTime)
        return a.startTime > b.startTime;
    return a.jobId > b.jobId;
}

bool FailuresFirstProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_failuresOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return isProblem(index.data(ObjectRole).value<Job>().status);
}

} // namespace airdesk::models
