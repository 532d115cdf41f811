#include "core/cron/CronExpression.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::cron::CronExpression;

namespace {

QString joinSecs(const QList<qint64> &secs)
{
    QStringList parts;
    for (const qint64 s : secs)
        parts.append(QString::number(s));
    return parts.join(u',');
}

// Local wall time in `zone` as epoch seconds, for writing expectations readably.
qint64 at(const char *zone, int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(QByteArray(zone))).toSecsSinceEpoch();
}

} // namespace

/// Quartz-compatible parsing and scheduling: hand-written cases plus the 2,000 vectors computed
/// by the real org.quartz.CronExpression.
class tst_CronExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void farYearEndsAtOnce();
    void parse_data();
    void parse();
    void fields();
    void nextFire_data();
    void nextFire();
    void endsAndInvalidInputs();
    void performance();
    void quartzVectors();
};

void tst_CronExpression::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("message");

    const QString both = u"Support for specifying both a day-of-week AND a day-of-month parameter is not implemented."_s;
    QTest::newRow("daily noon") << u"0 0 12 * * ?"_s << true << QString();
    QTest::newRow("year field") << u"0 15 10 ? * 6L 2002-2005"_s << true << QString();
    QTest::newRow("lower-case names") << u"0 0 9 ? jan-mar mon-fri"_s << true << QString();
    QTest::newRow("wrap-around weekdays") << u"0 0 9 ? * FRI-MON"_s << true << QString();
    QTest::newRow("wrap-around hours") << u"0 0 22-2 * * ?"_s << true << QString();
    QTest::newRow("L-n W") << u"0 0 9 L-3W * ?"_s << true << QString();
    QTest::newRow("LW") << u"0 0 9 LW * ?"_s << true << QString();
    QTest::newRow("nth") << u"0 0 9 ? * 2#1"_s << true << QString();
    QTest::newRow("tabs and extra spaces") << u"  0\t0  12 * *\t?  "_s << true << QString();
    QTest::newRow("zero increment") << u"0 0/0 * * * ?"_s << true << QString();
    QTest::newRow("unix five fields") << u"0 0 * * *"_s << false << u"Unexpected end of expression."_s;
    QTest::newRow("empty") << QString() << false << u"Unexpected end of expression."_s;
    QTest::newRow("both days") << u"* * * * * *"_s << false << both;
    QTest::newRow("neither day") << u"0 0 12 ? * ?"_s << false
                                 << u"'?' can only be specified for Day-of-Month -OR- Day-of-Week."_s;
    QTest::newRow("eight fields") << u"* * * * * * * *"_s << false << both;
    QTest::newRow("hour 25") << u"0 0 25 * * ?"_s << false << u"Hour values must be between 0 and 23"_s;
    QTest::newRow("minute 60") << u"0 60 12 * * ?"_s << false
                               << u"Minute and Second values must be between 0 and 59"_s;
    QTest::newRow("day 32") << u"0 0 12 32 * ?"_s << false << u"Day of month values must be between 1 and 31"_s;
    QTest::newRow("month 13") << u"0 0 12 * 13 ?"_s << false << u"Month values must be between 1 and 12"_s;
    QTest::newRow("dow 8") << u"0 0 12 ? * 8"_s << false << u"Day-of-Week values must be between 1 and 7"_s;
    QTest::newRow("bad month name") << u"0 0 12 * FOO ?"_s << false << u"Invalid Month value: 'FOO'"_s;
    QTest::newRow("bad day name") << u"0 0 12 ? * FOO"_s << false << u"Invalid Day-of-Week value: 'FOO'"_s;
    QTest::newRow("utc suffix") << u"0 0 12 * * ? UTC"_s << false << u"Illegal characters for this position: 'UTC'"_s;
    QTest::newRow("nth 6") << u"0 0 12 ? * 1#6"_s << false
                           << u"A numeric value between 1 and 5 must follow the '#' option"_s;
    QTest::newRow("two nth") << u"0 0 12 ? * 1#1,2#2"_s << false
                             << u"Support for specifying multiple \"nth\" days is not implemented."_s;
    QTest::newRow("L in list") << u"0 0 12 L,5 * ?"_s << false
                               << u"Support for specifying 'L' and 'LW' with other days of the month is not implemented"_s;
    QTest::newRow("W outside dom") << u"0 0 12W * * ?"_s << false << u"'W' option is not valid here. (pos=2)"_s;
    QTest::newRow("step too big") << u"0 */61 * * * ?"_s << false << u"Increment > 60 : 61"_s;
    QTest::newRow("L offset") << u"0 0 12 L-31 * ?"_s << false << u"Offset from last day must be <= 30"_s;
    QTest::newRow("question elsewhere") << u"0 ? 12 * * ?"_s << false
                                        << u"'?' can only be specified for Day-of-Month or Day-of-Week."_s;
    QTest::newRow("dangling range") << u"0 5- 12 * * ?"_s << false
                                    << u"Illegal cron expression format (java.lang.StringIndexOutOfBoundsException: String index out of range: 2)"_s;
    QTest::newRow("reversed years") << u"0 0 12 * * ? 2030-2025"_s << false
                                    << u"Illegal cron expression format (java.lang.IllegalArgumentException: Start year must be less than stop year)"_s;
}

void tst_CronExpression::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, message);
    const CronExpression expression = CronExpression::parse(text);
    QCOMPARE(expression.isValid(), valid);
    QCOMPARE(expression.errorMessage(), message);
    QCOMPARE(expression.text(), text);
}

void tst_CronExpression::fields()
{
    const CronExpression six = CronExpression::parse(u"0 30 9 ? * mon-fri"_s);
    QCOMPARE(six.fieldCount(), 6);
    QVERIFY(!six.hasYearField());
    QCOMPARE(six.field(1), u"30"_s);
    QCOMPARE(six.field(5), u"mon-fri"_s);
    QCOMPARE(six.field(6), QString());

    const CronExpression seven = CronExpression::parse(u"0 30 9 ? * MON 2030"_s);
    QCOMPARE(seven.fieldCount(), 7);
    QVERIFY(seven.hasYearField());
    QCOMPARE(seven.field(6), u"2030"_s);

    QVERIFY(!CronExpression().isValid());
    QVERIFY(!CronExpression().nextFireAfter(QDateTime::currentDateTimeUtc(), QTimeZone::utc()));
}

void tst_CronExpression::nextFire_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QList<qint64>>("expected");

    using L = QList<qint64>;
    // Europe/Berlin: spring forward 2024-03-31 02:00 -> 03:00, fall back 2024-10-27 03:00 -> 02:00.
    QTest::newRow("berlin gap hourly") << u"Europe/Berlin"_s << at("Europe/Berlin", 2024, 3, 31, 0, 30)
                                       << u"0 0 * * * ?"_s
                                       << L{at("Europe/Berlin", 2024, 3, 31, 1, 0), at("Europe/Berlin", 2024, 3, 31, 3, 0),
                                            at("Europe/Berlin", 2024, 3, 31, 4, 0)};
    // A daily time inside the gap is skipped that day: Quartz lands on 03:30, which no longer
    // matches hour 2, and searches on to the next day.
    QTest::newRow("berlin gap daily 02:30") << u"Europe/Berlin"_s << at("Europe/Berlin", 2024, 3, 30, 12, 0)
                                            << u"0 30 2 * * ?"_s
                                            << L{at("Europe/Berlin", 2024, 4, 1, 2, 30),
                                                 at("Europe/Berlin", 2024, 4, 2, 2, 30)};
    // Quartz resolves the repeated hour to its second (standard-time) occurrence only.
    // 02:00 CEST is 00:00 UTC; clocks go back at 01:00 UTC, so 02:00-02:59 CET is 01:00-01:59 UTC.
    const qint64 berlinMidnightUtc = QDateTime(QDate(2024, 10, 27), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QTest::newRow("berlin overlap daily 02:30") << u"Europe/Berlin"_s << at("Europe/Berlin", 2024, 10, 26, 12, 0)
                                                << u"0 30 2 * * ?"_s
                                                << L{berlinMidnightUtc + 5400, at("Europe/Berlin", 2024, 10, 28, 2, 30)};
    // Even starting inside the first 02:00 hour, Quartz re-reads the wall time as standard time.
    QTest::newRow("berlin overlap hourly") << u"Europe/Berlin"_s << berlinMidnightUtc - 1
                                           << u"0 0 * * * ?"_s
                                           << L{berlinMidnightUtc + 3600, berlinMidnightUtc + 7200,
                                                berlinMidnightUtc + 10800};
    // America/New_York: 2024-03-10 02:00 -> 03:00, 2024-11-03 02:00 -> 01:00.
    QTest::newRow("new york gap 02:15") << u"America/New_York"_s << at("America/New_York", 2024, 3, 9, 12, 0)
                                        << u"0 15 2 * * ?"_s
                                        << L{at("America/New_York", 2024, 3, 11, 2, 15),
                                             at("America/New_York", 2024, 3, 12, 2, 15)};
    const qint64 nyFirstOneAm = QDateTime(QDate(2024, 11, 3), QTime(5, 0), Qt::UTC).toSecsSinceEpoch();
    QTest::newRow("new york overlap quarter-hourly") << u"America/New_York"_s << nyFirstOneAm - 900
                                                     << u"0 0/15 * * * ?"_s
                                                     << L{nyFirstOneAm + 3600, nyFirstOneAm + 4500, nyFirstOneAm + 5400};
    // Leap years and month ends.
    QTest::newRow("feb 29") << u"UTC"_s << at("UTC", 2025, 1, 1, 0, 0) << u"0 0 0 29 2 ?"_s
                            << L{at("UTC", 2028, 2, 29, 0, 0), at("UTC", 2032, 2, 29, 0, 0)};
    QTest::newRow("31st skips short months") << u"UTC"_s << at("UTC", 2025, 1, 31, 12, 0) << u"0 0 12 31 * ?"_s
                                             << L{at("UTC", 2025, 3, 31, 12, 0), at("UTC", 2025, 5, 31, 12, 0)};
    QTest::newRow("last day") << u"UTC"_s << at("UTC", 2024, 1, 31, 12, 0) << u"0 0 12 L * ?"_s
                              << L{at("UTC", 2024, 2, 29, 12, 0), at("UTC", 2024, 3, 31, 12, 0)};
    QTest::newRow("L-2") << u"UTC"_s << at("UTC", 2023, 2, 1, 0, 0) << u"0 0 0 L-2 * ?"_s
                         << L{at("UTC", 2023, 2, 26, 0, 0), at("UTC", 2023, 3, 29, 0, 0)};
    // 2024-06-01 is a Saturday -> Monday the 3rd; 2024-09-15 is a Sunday -> Monday the 16th.
    QTest::newRow("1W") << u"UTC"_s << at("UTC", 2024, 5, 15, 0, 0) << u"0 0 9 1W * ?"_s
                        << L{at("UTC", 2024, 6, 3, 9, 0), at("UTC", 2024, 7, 1, 9, 0)};
    QTest::newRow("15W") << u"UTC"_s << at("UTC", 2024, 9, 1, 0, 0) << u"0 0 9 15W * ?"_s
                         << L{at("UTC", 2024, 9, 16, 9, 0), at("UTC", 2024, 10, 15, 9, 0)};
    // 2024-08-31 is a Saturday -> Friday the 30th.
    QTest::newRow("LW") << u"UTC"_s << at("UTC", 2024, 8, 1, 0, 0) << u"0 0 9 LW * ?"_s
                        << L{at("UTC", 2024, 8, 30, 9, 0), at("UTC", 2024, 9, 30, 9, 0)};
    QTest::newRow("last friday") << u"UTC"_s << at("UTC", 2024, 1, 1, 0, 0) << u"0 0 9 ? * 6L"_s
                                 << L{at("UTC", 2024, 1, 26, 9, 0), at("UTC", 2024, 2, 23, 9, 0)};
    QTest::newRow("second monday") << u"UTC"_s << at("UTC", 2024, 1, 1, 0, 0) << u"0 0 9 ? * MON#2"_s
                                   << L{at("UTC", 2024, 1, 8, 9, 0), at("UTC", 2024, 2, 12, 9, 0)};
    QTest::newRow("fifth friday skips months") << u"UTC"_s << at("UTC", 2024, 1, 1, 0, 0) << u"0 0 9 ? * 6#5"_s
                                               << L{at("UTC", 2024, 3, 29, 9, 0), at("UTC", 2024, 5, 31, 9, 0)};
    // 2024-01-05 is a Friday.
    QTest::newRow("FRI-MON wraps") << u"UTC"_s << at("UTC", 2024, 1, 4, 12, 0) << u"0 0 9 ? * FRI-MON"_s
                                   << L{at("UTC", 2024, 1, 5, 9, 0), at("UTC", 2024, 1, 6, 9, 0),
                                        at("UTC", 2024, 1, 7, 9, 0), at("UTC", 2024, 1, 8, 9, 0),
                                        at("UTC", 2024, 1, 12, 9, 0)};
    QTest::newRow("22-2 wraps") << u"UTC"_s << at("UTC", 2024, 1, 1, 21, 30) << u"0 0 22-2 * * ?"_s
                                << L{at("UTC", 2024, 1, 1, 22, 0), at("UTC", 2024, 1, 1, 23, 0),
                                     at("UTC", 2024, 1, 2, 0, 0), at("UTC", 2024, 1, 2, 1, 0),
                                     at("UTC", 2024, 1, 2, 2, 0), at("UTC", 2024, 1, 2, 22, 0)};
    QTest::newRow("steps") << u"UTC"_s << at("UTC", 2024, 1, 1, 0, 0) << u"10/20 * * * * ?"_s
                           << L{at("UTC", 2024, 1, 1, 0, 0, 10), at("UTC", 2024, 1, 1, 0, 0, 30),
                                at("UTC", 2024, 1, 1, 0, 0, 50), at("UTC", 2024, 1, 1, 0, 1, 10)};
    // Schedules that end.
    QTest::newRow("ends: year list") << u"UTC"_s << at("UTC", 2029, 6, 1, 0, 0) << u"0 0 0 1 1 ? 2029,2030"_s
                                    << L{at("UTC", 2030, 1, 1, 0, 0)};
    QTest::newRow("ends: year passed") << u"UTC"_s << at("UTC", 2031, 1, 1, 0, 0) << u"0 0 0 * * ? 2030"_s << L{};
    QTest::newRow("ends: never fires") << u"UTC"_s << at("UTC", 2025, 1, 1, 0, 0) << u"0 0 0 30 2 ?"_s << L{};
}

void tst_CronExpression::nextFire()
{
    QFETCH(QString, zone);
    QFETCH(qint64, after);
    QFETCH(QString, expression);
    QFETCH(QList<qint64>, expected);

    const CronExpression cron = CronExpression::parse(expression);
    QVERIFY2(cron.isValid(), qPrintable(cron.errorMessage()));
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    // Schedules that end are asked for more times than they have left.
    const bool ends = QByteArray(QTest::currentDataTag()).startsWith("ends:");
    const QList<qint64> got = cron.nextFireSecs(after * 1000, tz, int(expected.size()) + (ends ? 3 : 0));
    QCOMPARE(joinSecs(got), joinSecs(expected));

    const auto first = cron.nextFireAfter(QDateTime::fromSecsSinceEpoch(after, Qt::UTC), tz);
    QCOMPARE(first.has_value(), !expected.isEmpty());
    if (first) {
        QCOMPARE(first->toSecsSinceEpoch(), expected.first());
        QCOMPARE(first->timeZone(), tz);
    }
}

void tst_CronExpression::endsAndInvalidInputs()
{
    const CronExpression cron = CronExpression::parse(u"0 0 12 * * ? 2030"_s);
    const QDateTime start(QDate(2030, 12, 30), QTime(0, 0), Qt::UTC);
    const QList<QDateTime> times = cron.nextFireTimes(start, QTimeZone::utc(), 5);
    QCOMPARE(times.size(), 2); // Dec 30 and Dec 31, then the year field runs out
    QVERIFY(cron.nextFireTimes(QDateTime(), QTimeZone::utc(), 3).isEmpty());
    QVERIFY(cron.nextFireTimes(start, QTimeZone(), 3).isEmpty());
    QVERIFY(cron.nextFireTimes(start, QTimeZone::utc(), 0).isEmpty());
}

void tst_CronExpression::performance()
{
    QElapsedTimer timer;
    timer.start();
    int fired = 0;
    constexpr int rounds = 200;
    const QTimeZone berlin("Europe/Berlin");
    for (int i = 0; i < rounds; ++i) {
        const CronExpression cron = CronExpression::parse(u"0 15 10 ? * MON-FRI"_s);
        fired += int(cron.nextFireSecs(qint64(1'700'000'000) * 1000 + i * 86'400'000LL, berlin, 10).size());
    }
    const double microsPerRound = double(timer.nsecsElapsed()) / 1000.0 / rounds;
    qInfo("parse + 10 fire times: %.1f us", microsPerRound);
    QCOMPARE(fired, rounds * 10);
    QVERIFY2(microsPerRound < 2000.0, "parse + 10 fire times should take microseconds");
}

void tst_CronExpression::quartzVectors()
{
    QFile file(QStringLiteral(AIRDESK_SHARED_DIR "/cron/quartz-vectors.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("quartz-vectors.tsv not found under AIRDESK_SHARED_DIR; the reference data is not present");

    int total = 0;
    int verdicts = 0;
    int fireTimes = 0;
    int validCases = 0;
    int messages = 0;
    int invalidCases = 0;
    QStringList mismatches;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        if (line.endsWith(u'\n'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList columns = line.split(u'\t');
        if (columns.size() != 6) {
            mismatches.append(u"line %1: malformed"_s.arg(lineNumber));
            continue;
        }
        ++total;
        const QTimeZone zone(columns.at(0).toUtf8());
        const qint64 start = columns.at(1).toLongLong();
        const int count = columns.at(2).toInt();
        const CronExpression cron = CronExpression::parse(columns.at(3));
        const bool expectValid = columns.at(4) == u"VALID"_s;
        if (cron.isValid() != expectValid) {
            mismatches.append(u"line %1: verdict %2, expected %3 [%4] %5"_s.arg(lineNumber)
                                  .arg(cron.isValid() ? u"VALID"_s : u"INVALID"_s, columns.at(4), columns.at(3),
                                       cron.errorMessage()));
            continue;
        }
        ++verdicts;
        if (expectValid) {
            ++validCases;
            const QString got = joinSecs(cron.nextFireSecs(start * 1000, zone, count));
            if (got == columns.at(5))
                ++fireTimes;
            else
                mismatches.append(u"line %1: %2 %3 [%4] got %5 expected %6"_s.arg(lineNumber)
                                      .arg(columns.at(0), columns.at(1), columns.at(3), got, columns.at(5)));
        } else {
            ++invalidCases;
            if (cron.errorMessage() == columns.at(5))
                ++messages;
            else
                mismatches.append(u"line %1: message [%2] expected [%3]"_s.arg(lineNumber)
                                      .arg(cron.errorMessage(), columns.at(5)));
        }
    }
    qInfo("quartz vectors: %d cases; verdicts match %d/%d; fire times match %d/%d valid; messages match %d/%d invalid",
          total, verdicts, total, fireTimes, validCases, messages, invalidCases);
    for (const QString &mismatch : std::as_const(mismatches))
        qWarning("%s", qPrintable(mismatch));
    QVERIFY2(mismatches.isEmpty(), qPrintable(u"%1 mismatching lines, listed above"_s.arg(mismatches.size())));
}

void tst_CronExpression::farYearEndsAtOnce()
{
    // A year past Quartz's MAX_YEAR (current year + 100): no fire time, and no walk through
    // every year up to it (a fuzz finding that took ~48 s under ASan before the fix; the
    // bound below is a hang guard, not a performance target).
    const CronExpression e = CronExpression::parse(u"0 15 10 L-2 * ? 40600 30"_s);
    QVERIFY(e.isValid());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(e.nextFireSecs(1'700'000'000'000, QTimeZone("Europe/Berlin"), 5).isEmpty());
    QVERIFY(e.nextFireTimes(QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc()), QTimeZone::utc(), 5).isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_CronExpression)
#include "tst_CronExpression.moc"
