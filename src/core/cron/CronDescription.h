#pragma once

#include <QCoreApplication>
#include <QString>

namespace airdesk::cron {

class CronExpression;

/// A Quartz cron expression in plain English: "At 12:00, Monday through Friday",
/// "Every 15 minutes", "At 08:30, on the last day of the month", "At 00:00, on the third Friday
/// of the month". Works from the values Quartz resolved (not the raw text), so whatever Quartz
/// accepts — names in any case, wrap-around ranges, steps, L, W, LW, L-n, nL, n#k, years, and
/// Quartz's leniencies — is described as the server will run it. Every phrase is translatable
/// (context "CronDescription"). Times are wall-clock times in the zone the schedule runs in.
class CronDescription final
{
    Q_DECLARE_TR_FUNCTIONS(CronDescription)

public:
    /// The description of a valid expression; empty for an invalid one.
    static QString describe(const CronExpression &expression);
    /// Parses `text` first; empty when it is not a valid Quartz expression.
    static QString describe(const QString &text);
};

} // namespace airdesk::cron
