#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace airdesk::time {

/// The date and duration text forms the Airbyte server produces with Java's
/// OffsetDateTime.toString() and Duration.toString(), and tolerant parsers for them.
namespace JavaTime {

/// "2024-05-01T12:34:56Z", or "2024-05-01T12:34Z" when the seconds are zero (Java leaves them out).
QString formatInstant(const QDateTime &instant);

/// ISO-8601 duration as java.time.Duration prints it: "PT0S", "PT8H6M12S", "PT25H" (no days part).
QString formatDuration(qint64 seconds);

/// Parses both instant forms above, fractions and offsets included; nullopt when it is not one.
std::optional<QDateTime> parseInstant(const QString &text);

/// Parses "PT8H6M12S", "P1DT2H", "PT0.5S"; nullopt when malformed. Result in whole seconds.
std::optional<qint64> parseDuration(const QString &text);

} // namespace JavaTime
} // namespace airdesk::time
