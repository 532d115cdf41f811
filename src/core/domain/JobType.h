#pragma once

#include <QString>

namespace airdesk::domain {

/// The public JobTypeEnum. Clear and Reset run the same server path; Refresh cannot be started
/// through the public API (422) but appears in job lists.
enum class JobType { Sync, Reset, Refresh, Clear, Unknown };

/// Case-insensitive; anything unrecognised (or empty) is Unknown.
JobType jobTypeFromString(const QString &text);
/// The wire spelling ("sync"); "unknown" for Unknown (named like jobStatusToString(), for QTest).
QString jobTypeToString(JobType type);

} // namespace airdesk::domain
