#pragma once

#include "core/cron/CronFields.h"

#include <QString>
#include <QStringList>

namespace airdesk::cron {

/// Turns the text of a cron expression into CronFields with the same verdicts and messages as
/// org.quartz.CronExpression (2.3.2), including its leniencies (trailing characters it ignores)
/// and the Java exceptions it reports as "Illegal cron expression format (...)".
class CronParser
{
public:
    struct Result
    {
        bool ok = false;
        QString errorMessage;
        CronFields fields;
        QStringList tokens; // the whitespace-separated fields Quartz looked at (at most 7)
    };

    static Result parse(const QString &text, int maxYear);
};

} // namespace airdesk::cron
