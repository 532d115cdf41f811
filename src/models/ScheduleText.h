#pragma once

#include "core/domain/ConnectionSchedule.h"

#include <QCoreApplication>
#include <QString>

namespace airdesk::models {

/// A connection schedule in words for a table cell: "Manual", "At 12:00 (UTC)",
/// "Every 6 hours (UTC)", "At 08:00, Monday through Friday (UTC)" — the cron::CronDescription of
/// the expression, which the public API always runs in UTC — or "Cron: <expr>" when the
/// expression does not parse (e.g. a zone other than UTC read back from the web app).
class ScheduleText final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleText)

public:
    static QString describe(const domain::ConnectionSchedule &schedule);
    /// For a Quartz expression (a trailing " UTC" is ignored).
    static QString describeCron(const QString &expression);
    /// A web-UI timing ("Every 24 HOURS") in the user's language; other wordings unchanged.
    static QString describeBasic(const QString &timing);
    /// What a tooltip shows: the cron expression as the server sent it, the basic timing for
    /// UI-made schedules, else empty.
    static QString rawText(const domain::ConnectionSchedule &schedule);
};

} // namespace airdesk::models
