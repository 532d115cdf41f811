#include "core/domain/JobStatus.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

JobStatus jobStatusFromString(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == u"pending"_s)
        return JobStatus::Pending;
    if (lower == u"queued"_s)
        return JobStatus::Queued;
    if (lower == u"running"_s)
        return JobStatus::Running;
    if (lower == u"incomplete"_s)
        return JobStatus::Incomplete;
    if (lower == u"failed"_s)
        return JobStatus::Failed;
    if (lower == u"succeeded"_s)
        return JobStatus::Succeeded;
    if (lower == u"cancelled"_s)
        return JobStatus::Cancelled;
    return JobStatus::Unknown;
}

QString jobStatusToString(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return u"pending"_s;
    case JobStatus::Queued:
        return u"queued"_s;
    case JobStatus::Running:
        return u"running"_s;
    case JobStatus::Incomplete:
        return u"incomplete"_s;
    case JobStatus::Failed:
        return u"failed"_s;
    case JobStatus::Succeeded:
        return u"succeeded"_s;
    case JobStatus::Cancelled:
        return u"cancelled"_s;
    case JobStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

bool isFinal(JobStatus status)
{
    return status == JobStatus::Succeeded || status == JobStatus::Failed || status == JobStatus::Cancelled;
}

bool isFailure(JobStatus status)
{
    return status == JobStatus::Failed || status == JobStatus::Cancelled;
}

} // namespace airdesk::domain
