// `airdesk-cli cron check`: Quartz validation, Airbyte's public-API rules and the next runs,
// offline, exactly as the server will see the expression.
#include "CliContext.h"
#include "CommandSpec.h"
#include "CronBatch.h"

#include "core/cron/AirbyteCronRules.h"
#include "core/cron/CronDescription.h"
#include "core/cron/CronExpression.h"
#include "core/time/JavaTime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

void checkBatch(CliContext &ctx)
{
    const QString path = ctx.args().value(u"batch"_s);
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        ctx.out().error(u"cannot read %1: %2"_s.arg(path, file.errorString()));
        ctx.finish(CliOutput::InvalidInput);
        return;
    }
    const CronBatch::Result result = CronBatch::run(file);
    if (ctx.out().json()) {
        ctx.out().printJson(result.objects);
    } else {
        for (const QString &line : result.lines)
            ctx.out().printLine(line);
    }
    if (result.errors > 0)
        ctx.out().error(u"%1 line(s) could not be evaluated (see the ERROR lines)"_s.arg(result.errors));
    ctx.finish(result.errors > 0 ? CliOutput::InvalidInput : CliOutput::Ok);
}

void check(CliContext &ctx)
{
    if (ctx.args().options.contains(u"batch"_s)) {
        if (!ctx.args().positional.isEmpty())
            ctx.usage(u"give either an expression or --batch FILE, not both"_s);
        else
            checkBatch(ctx);
        return;
    }
    if (ctx.args().positional.isEmpty()) {
        ctx.usage(u"usage: airdesk-cli cron check EXPR [--tz ZONE] [--from ISO8601] [--count N] | --batch FILE"_s);
        return;
    }
    const QString text = ctx.args().positional.join(u' ');
    const QString zoneName = ctx.args().value(u"tz"_s, u"UTC"_s);
    const QTimeZone zone(zoneName.toUtf8());
    if (!zone.isValid()) {
        ctx.out().error(u"unknown time zone: "_s + zoneName);
        ctx.finish(CliOutput::InvalidInput);
        return;
    }
    QDateTime from = QDateTime::currentDateTimeUtc();
    if (ctx.args().options.contains(u"from"_s)) {
        const auto parsed = time::JavaTime::parseInstant(ctx.args().value(u"from"_s));
        if (!parsed) {
            ctx.usage(u"--from must be an ISO-8601 instant such as 2026-01-31T12:00:00Z"_s);
            return;
        }
        from = *parsed;
    }
    bool countOk = true;
    const int count = ctx.args().value(u"count"_s, u"5"_s).toInt(&countOk);
    if (!countOk || count < 1 || count > 1000) {
        ctx.usage(u"--count must be a number from 1 to 1000"_s);
        return;
    }

    const QString expression = cron::AirbyteCronRules::stripUtcSuffix(text).trimmed();
    const cron::CronExpression parsed = cron::CronExpression::parse(expression);
    const QString unix = cron::AirbyteCronRules::quartzEquivalentOfUnix(expression);
    const cron::CronCheck rules = cron::AirbyteCronRules::checkForPublicApi(text, 0, from);
    const QString description = cron::CronDescription::describe(parsed);
    QJsonArray next;
    QStringList nextText;
    if (parsed.isValid()) {
        for (const QDateTime &t : parsed.nextFireTimes(from, zone, count)) {
            const QDateTime local = t.toTimeZone(zone);
            next.append(local.toString(Qt::ISODate));
            nextText.append(local.toString(u"yyyy-MM-dd HH:mm:ss t"_s));
        }
    }
    if (ctx.out().json()) {
        QJsonObject o{{u"expression"_s, expression}, {u"quartzValid"_s, parsed.isValid()},
                      {u"airbyteValid"_s, rules.ok}, {u"timeZone"_s, zoneName}, {u"nextFireTimes"_s, next}};
        if (parsed.isValid())
            o.insert(u"description"_s, description);
        else
            o.insert(u"error"_s, parsed.errorMessage());
        if (!rules.ok)
            o.insert(u"airbyteError"_s, rules.detail);
        if (!unix.isEmpty())
            o.insert(u"quartzEquivalent"_s, unix);
        ctx.out().printJson(o);
    } else {
        if (!parsed.isValid()) {
            ctx.out().printLine(u"invalid: "_s + parsed.errorMessage());
            if (!unix.isEmpty())
                ctx.out().printLine(u"This looks like a 5-field Unix cron; Airbyte uses Quartz. Try: "_s + unix);
        } else {
            ctx.out().printLine(rules.ok ? u"valid"_s : u"valid Quartz, but the Airbyte API refuses it: "_s + rules.detail);
            ctx.out().printLine(u"description: "_s + description);
            ctx.out().printLine(u"next runs (%1):"_s.arg(zoneName));
            for (const QString &t : std::as_const(nextText))
                ctx.out().printLine(u"  "_s + t);
            if (nextText.isEmpty())
                ctx.out().printLine(u"  (none: the schedule has ended)"_s);
        }
    }
    ctx.finish(parsed.isValid() && rules.ok ? CliOutput::Ok : CliOutput::InvalidInput);
}

} // namespace

QList<CommandSpec> cronCommands()
{
    return {{u"cron"_s, u"check"_s,
             u"cron check EXPR [--tz ZONE] [--from ISO8601] [--count N] | cron check --batch FILE (- for stdin)"_s,
             {u"tz"_s, u"from"_s, u"count"_s, u"batch"_s}, {}, 0, 7, false, check}};
}

} // namespace airdesk::cli
