#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// When a connection runs: the public API's ConnectionScheduleResponse on read, and the
/// AirbyteApiConnectionSchedule request shape on write (see airbyte-api-notes.md, section 5).
struct ConnectionSchedule
{
    enum class Type { Manual, Cron, Basic, Unknown };

    Type type = Type::Manual;
    QString typeText;          // scheduleType exactly as sent; what toJson() re-emits for Unknown
    QString cronExpression;    // the Quartz expression without the " UTC" the server appends on read
    QString cronExpressionRaw; // the text as the server sent it ("0 0 12 * * ? UTC")
    QString basicTiming;       // "Every 24 HOURS": UI-made schedules the public API cannot set
    QJsonObject raw;           // fields not modeled here

    static ConnectionSchedule manual();
    static ConnectionSchedule cron(const QString &expression);

    /// Never fails: a schedule has no identity, so a missing or unknown scheduleType is Unknown.
    static std::optional<ConnectionSchedule> fromJson(const QJsonObject &object, QString *error = nullptr);
    /// The response shape, as read.
    QJsonObject toJson() const;
    /// The request shape {scheduleType, cronExpression?}. The expression goes without " UTC":
    /// the server stores UTC anyway. Basic and Unknown cannot be requested through the public
    /// API; they give back their type text so the server, not the client, refuses them.
    QJsonObject toRequestJson() const;

    static Type typeFromString(const QString &text);
    static QString toString(Type type);
};

} // namespace airdesk::domain
