#pragma once

#include <QString>

namespace airdesk::domain {

/// A job's (or attempt's) status as the public JobStatusEnum and the Config API's JobStatus
/// spell it. Unknown stands for any text the server adds later; callers keep that text.
enum class JobStatus { Pending, Queued, Running, Incomplete, Failed, Succeeded, Cancelled, Unknown };

/// Case-insensitive; anything unrecognised (or empty) is Unknown.
JobStatus jobStatusFromString(const QString &text);
/// The wire spelling ("succeeded"); "unknown" for Unknown. Not named toString(): QTest finds a
/// toString(T) by argument-dependent lookup and expects a char*, which would break QCOMPARE.
QString jobStatusToString(JobStatus status);
/// PyAirbyte's FINAL_STATUSES: succeeded, failed, cancelled. Polling stops there.
bool isFinal(JobStatus status);
/// PyAirbyte's FAILED_STATUSES: failed, cancelled.
bool isFailure(JobStatus status);

} // namespace airdesk::domain
