#pragma once

#include <QDateTime>
#include <QString>

namespace airdesk::cron {

/// The outcome of an Airbyte-side cron check, shaped like the problem body the server returns.
struct CronCheck
{
    bool ok = true;
    int httpStatus = 0;             // 400 when !ok
    QString problemType;            // the problem `type`, exactly as the server sends it
    QString title;                  // the problem `title`
    QString detail;                 // human sentence
    QString validationErrorMessage; // data.validationErrorMessage where the server sends one
};

/// The rules the Airbyte public API adds on top of Quartz when a connection's cron schedule is
/// created or patched (see docs/airbyte-api-notes.md, section 5), so the client can reject an
/// expression before the round trip and explain why in the server's own words.
class AirbyteCronRules
{
public:
    /// "0 0 12 * * ? UTC" -> "0 0 12 * * ?": the server appends the (always UTC) zone on read
    /// and strips it again on write, so values read back can be sent unchanged.
    static QString stripUtcSuffix(const QString &expression);

    /// The full create/patch check: trailing UTC stripped, Quartz validity, seconds a plain
    /// integer, minutes too when a year is given, then the frequency rules over the gaps between
    /// the next 3 executions in UTC: never more than once per minute, and no closer than
    /// minimumIntervalMinutes (60, 15, 1; 0 = no plan floor).
    static CronCheck checkForPublicApi(const QString &expression, int minimumIntervalMinutes, const QDateTime &now);

    /// For a 5-field Unix cron ("0 0 * * *"), the Quartz expression with the same meaning
    /// ("0 0 0 * * ?"); empty when the input is not such a cron or has no exact equivalent.
    static QString quartzEquivalentOfUnix(const QString &expression);
};

} // namespace airdesk::cron
