#pragma once

#include "core/domain/ConnectionSchedule.h"
#include "core/domain/StreamConfiguration.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace airdesk::domain {

/// A connection between a source and a destination (public API ConnectionResponse).
struct Connection
{
    enum class Status { Active, Inactive, Deprecated, Locked, Unknown };

    QString connectionId;
    QString name;
    QString sourceId;
    QString destinationId;
    QString workspaceId;
    Status status = Status::Active;
    QString statusText;                 // as sent; what toJson() re-emits for Unknown
    ConnectionSchedule schedule;        // manual when the server sends none
    QList<StreamConfiguration> streams; // configurations.streams
    QString prefix;
    QString namespaceDefinition;        // source|destination|custom_format (text: the Config API differs)
    QString namespaceFormat;
    QString nonBreakingSchemaUpdatesBehavior;
    QDateTime createdAt;                // from epoch seconds, UTC
    QStringList tags;                   // tag names; the full tag objects stay in raw
    QString statusReason;
    QJsonObject raw;                    // fields not modeled here, and the original `tags` array

    /// Fails only when connectionId is missing or not a string.
    static std::optional<Connection> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;

    QStringList streamNames() const;
    /// Only active connections run on their schedule (PyAirbyte's CloudConnection.enabled).
    bool isEnabled() const { return status == Status::Active; }

    static Status statusFromString(const QString &text);
    static QString toString(Status status);
};

} // namespace airdesk::domain
