#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::api {

/// The outcome of a connection check of a deployed source or destination (Config API
/// /sources/check_connection, /destinations/check_connection): PyAirbyte's CheckResult.
/// A failed check is a result, not an ApiError: the call itself worked.
struct CheckResult
{
    bool succeeded = false;
    QString message; // why it failed, in the connector's words; usually empty on success

    /// Reads CheckConnectionRead; fails when `status` is neither "succeeded" nor "failed".
    static std::optional<CheckResult> fromJson(const QJsonObject &object, QString *error = nullptr);
};

} // namespace airdesk::api
