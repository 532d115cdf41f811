#include "JavaTime.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <utility>


namespace airdesk::time::JavaTime {

QString formatInstant(const QDateTime &instant)
{
    const QDateTime utc = instant.toUTC();
    const QTime t = utc.time();
    const QString format = (t.second() == 0 && t.msec() == 0)
        ? QStringLiteral("yyyy-MM-ddTHH:mm")
        : QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    return utc.toString(format) + QLatin1Char('Z');
}

QString formatDuration(qint64 seconds)
{
    if (seconds == 0)
        return QStringLiteral("PT0S");
    const bool negative = seconds < 0;
    const qint64 total = negative ? -seconds : seconds;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 secs = total % 60;
    const QString sign = negative ? QStringLiteral("-") : QString();
    QString text = QStringLiteral("PT");
    if (hours != 0)
        text += sign + QString::number(hours) + QLatin1Char('H');
    if (minutes != 0)
        text += sign + QString::number(minutes) + QLatin1Char('M');
    if (secs != 0)
        text += sign + QString::number(secs) + QLatin1Char('S');
    return text;
}

std::optional<QDateTime> parseInstant(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (m.hasCaptured(7))
        msec = QString(m.captured(7) + QStringLiteral("000")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.hasCaptured(6) ? m.captured(6).toInt() : 0, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        offsetSeconds = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
    }
    const QDateTime local(date, time, Qt::OffsetFromUTC, offsetSeconds);
    return local.toUTC();
}

std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^([-+]?)P(?:([-+]?\d+)D)?(?:T(?:([-+]?\d+)H)?(?:([-+]?\d+)M)?(?:([-+]?\d+)(?:\.\d+)?S)?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed().toUpper());
    if (!m.hasMatch() || text.trimmed().endsWith(QLatin1Char('T')) || text.trimmed().size() < 3)
        return std::nullopt;
    // Each part and the sum must fit in seconds as a qint64: a duration that does not is not one
    // (found by fuzzing: "PT8888880000000000001M" overflowed).
    qint64 total = 0;
    const std::pair<int, qint64> parts[] = {{2, 86400}, {3, 3600}, {4, 60}, {5, 1}};
    for (const auto &[group, unit] : parts) {
        if (!m.hasCaptured(group))
            continue;
        bool ok = false;
        const qint64 count = m.captured(group).toLongLong(&ok);
        qint64 seconds = 0;
        if (!ok || __builtin_mul_overflow(count, unit, &seconds) || __builtin_add_overflow(total, seconds, &total))
            return std::nullopt;
    }
    return m.captured(1) == QLatin1String("-") ? -total : total;
}

} // namespace airdesk::time::JavaTime
