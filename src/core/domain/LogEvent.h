#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// One structured log event of an attempt (Config API LogEvent, logType "structured").
struct LogEvent
{
    enum class Level { Trace, Debug, Info, Warn, Error, Unknown };

    QDateTime timestamp; // from epoch MILLISECONDS (Logback timeStamp), UTC
    Level level = Level::Unknown;
    QString levelText;   // as sent ("info"); PyAirbyte prints this text, not the enum
    QString message;
    QString logSource;   // destination|source|platform|replication-orchestrator
    QJsonObject raw;     // caller, stackTrace, and any value that did not parse

    /// Never fails: an event has no identity, and a damaged one is still worth showing.
    static std::optional<LogEvent> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;

    /// Case-insensitive; "warning" and "fatal" are accepted for logs from other sources.
    static Level levelFromString(const QString &text);
    static QString toString(Level level);

    /// The line PyAirbyte's SyncAttempt.get_full_log_text() prints for this event:
    /// "[{timestamp}] {level}: {message}", where timestamp is the raw epoch-millisecond integer
    /// (Python formats the JSON value as is, no date rendering), level is the text as sent
    /// ("INFO" when absent) and message is "" when absent.
    QString pyAirbyteLine() const;
};

} // namespace airdesk::domain
