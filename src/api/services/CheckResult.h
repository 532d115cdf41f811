#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace airdesk::api {

/// The outcome of a connection check (Config API CheckConnectionRead): of a deployed source or
/// destination, of an unsaved configuration or of a proposed update. PyAirbyte's CheckResult
/// plus what the web app shows on failure: the failure reason and the connector's log.
/// A failed check is a result, not an ApiError: the call itself worked.
struct CheckResult
{
    bool succeeded = false;
    QString message; // why it failed, in the connector's words; usually empty on success

    // jobInfo: the synchronous job that ran the check.
    QString jobId;
    QString configType;     // check_connection_source | check_connection_destination
    QStringList logLines;   // logs.logLines, or the messages of structured logs.events
    // jobInfo.failureReason, when the connector reported one.
    QString failureOrigin;  // source | destination | airbyte_platform | ...
    QString failureType;    // config_error | system_error | ...
    QString internalMessage;
    QString stackTrace;

    /// Reads CheckConnectionRead; fails when `status` is neither "succeeded" nor "failed".
    static std::optional<CheckResult> fromJson(const QJsonObject &object, QString *error = nullptr);

    bool hasFailureDetails() const { return !internalMessage.isEmpty() || !stackTrace.isEmpty(); }
    /// A file name as the web app gives a downloaded log: "<configType>-failure-<jobId>.txt".
    QString logFileName() const;
};

} // namespace airdesk::api
