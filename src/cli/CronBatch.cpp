#include "CronBatch.h"

#include "core/cron/CronExpression.h"

#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

constexpr int MaxCount = 10000;

QString errorLine(int lineNumber, const QString &why, QJsonObject *object)
{
    const QString message = u"line %1: %2"_s.arg(lineNumber).arg(why);
    if (object)
        *object = QJsonObject{{u"line"_s, lineNumber}, {u"error"_s, message}};
    return u"ERROR\t"_s + message;
}

// Zones are looked up once per name: a batch usually repeats a handful of them.
QTimeZone zoneNamed(const QString &name)
{
    static QHash<QString, QTimeZone> cache;
    const auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    const QTimeZone zone(name.toUtf8());
    cache.insert(name, zone);
    return zone;
}

} // namespace

QString CronBatch::evaluate(const QString &line, int lineNumber, QJsonObject *object)
{
    const QStringList columns = line.split(u'\t');
    if (columns.size() < 4)
        return errorLine(lineNumber, u"expected tz<TAB>start-epoch<TAB>count<TAB>expression, found %1 column(s)"_s
                                         .arg(columns.size()), object);
    const QTimeZone zone = zoneNamed(columns.at(0));
    if (!zone.isValid())
        return errorLine(lineNumber, u"unknown time zone \"%1\""_s.arg(columns.at(0)), object);
    bool ok = false;
    const qint64 start = columns.at(1).toLongLong(&ok);
    if (!ok)
        return errorLine(lineNumber, u"start \"%1\" is not a whole number of epoch seconds"_s.arg(columns.at(1)), object);
    const int count = columns.at(2).toInt(&ok);
    if (!ok || count < 0 || count > MaxCount)
        return errorLine(lineNumber, u"count \"%1\" is not a number from 0 to %2"_s.arg(columns.at(2)).arg(MaxCount),
                         object);
    // The expression is the rest of the line, verbatim: Quartz itself splits on tabs too.
    const QString expression = columns.mid(3).join(u'\t');
    const cron::CronExpression cron = cron::CronExpression::parse(expression);
    if (!cron.isValid()) {
        if (object)
            *object = QJsonObject{{u"line"_s, lineNumber}, {u"valid"_s, false}, {u"error"_s, cron.errorMessage()}};
        return u"INVALID\t"_s + cron.errorMessage();
    }
    QStringList secs;
    QJsonArray times;
    for (qint64 t : cron.nextFireSecs(start * 1000, zone, count)) {
        secs.append(QString::number(t));
        times.append(t);
    }
    if (object)
        *object = QJsonObject{{u"line"_s, lineNumber}, {u"valid"_s, true}, {u"fireTimes"_s, times}};
    return u"VALID\t"_s + secs.join(u',');
}

CronBatch::Result CronBatch::run(QIODevice &input)
{
    Result result;
    int lineNumber = 0;
    while (!input.atEnd()) {
        const QByteArray raw = input.readLine();
        if (raw.isEmpty())
            break; // a pipe reports its end only by a read that returns nothing
        QString line = QString::fromUtf8(raw);
        ++lineNumber;
        if (line.endsWith(u'\n'))
            line.chop(1);
        if (line.endsWith(u'\r'))
            line.chop(1);
        QJsonObject object;
        const QString out = evaluate(line, lineNumber, &object);
        if (out.startsWith(u"ERROR"_s))
            ++result.errors;
        result.lines.append(out);
        result.objects.append(object);
    }
    return result;
}

} // namespace airdesk::cli
