#pragma once

#include <QIODevice>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace airdesk::cli {

/// `cron check --batch`: evaluates lines `tz<TAB>start-epoch<TAB>count<TAB>expression` and gives,
/// per line, `VALID<TAB>t1,t2,...` (epoch seconds, strictly after the start) or
/// `INVALID<TAB>Quartz's message` — the format of the Quartz reference vectors, so a large set
/// can be checked in one run. A line that cannot be evaluated (unknown zone, bad number, too few
/// columns) gives `ERROR<TAB>line N: why`, so output lines always match input lines.
class CronBatch final
{
public:
    struct Result
    {
        QStringList lines;  // one per input line
        QJsonArray objects; // the same as JSON objects
        int errors = 0;     // lines that could not be evaluated
    };

    static Result run(QIODevice &input);
    /// One input line (without its newline); `lineNumber` only words the error.
    static QString evaluate(const QString &line, int lineNumber, QJsonObject *object = nullptr);
};

} // namespace airdesk::cli
