#include "core/domain/JobType.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

JobType jobTypeFromString(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == u"sync"_s)
        return JobType::Sync;
    if (lower == u"reset"_s)
        return JobType::Reset;
    if (lower == u"refresh"_s)
        return JobType::Refresh;
    if (lower == u"clear"_s)
        return JobType::Clear;
    return JobType::Unknown;
}

QString jobTypeToString(JobType type)
{
    switch (type) {
    case JobType::Sync:
        return u"sync"_s;
    case JobType::Reset:
        return u"reset"_s;
    case JobType::Refresh:
        return u"refresh"_s;
    case JobType::Clear:
        return u"clear"_s;
    case JobType::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace airdesk::domain
