#pragma once

#include "core/domain/ConnectionSchedule.h"

#include <QCoreApplication>
#include <QString>

namespace airdesk::models {

/// A connection schedule in words for a table cell: "Manual", "Every day at 12:00 UTC",
/// "Every 6 hours", "Weekdays at 08:00 UTC", else "Cron: <expr> (UTC)". Deliberately modest:
/// only shapes that read unambiguously from the Quartz fields get words; everything else shows
/// the expression, so a cell never claims a schedule the server does not run.
class ScheduleText final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleText)

public:
    static QString describe(const domain::ConnectionSchedule &schedule);
    /// For a Quartz expression (a trailing " UTC" is ignored).
    static QString describeCron(const QString &expression);
    /// What a tooltip shows: the cron expression as the server sent it, the basic timing for
    /// UI-made schedules, else empty.
    static QString rawText(const domain::ConnectionSchedule &schedule);
};

} // namespace airdesk::models
