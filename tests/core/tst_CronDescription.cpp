// CronDescription: exact English for every Quartz construct, and a description (never a crash,
// never an empty string) for every valid expression of the Quartz reference vectors.
#include "core/cron/CronDescription.h"
#include "core/cron/CronExpression.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::cron::CronDescription;
using airdesk::cron::CronExpression;

class tst_CronDescription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void invalidGivesNothing();
    void everyValidReferenceVector();
};

void tst_CronDescription::describe_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");

    // Times of day
    QTest::newRow("noon daily") << u"0 0 12 * * ?"_s << u"At 12:00"_s;
    QTest::newRow("noon daily, dow form") << u"0 0 12 ? * *"_s << u"At 12:00"_s;
    QTest::newRow("with seconds") << u"30 15 10 * * ?"_s << u"At 10:15:30"_s;
    QTest::newRow("hour list") << u"0 0 0,2,4,6 * * ?"_s << u"At 00:00, 02:00, 04:00 and 06:00"_s;
    QTest::newRow("two hours") << u"0 30 8,20 * * ?"_s << u"At 08:30 and 20:30"_s;
    // Frequencies
    QTest::newRow("every second") << u"* * * * * ?"_s << u"Every second"_s;
    QTest::newRow("every minute") << u"0 * * * * ?"_s << u"Every minute"_s;
    QTest::newRow("every hour") << u"0 0 * * * ?"_s << u"Every hour"_s;
    QTest::newRow("every 15 minutes") << u"0 */15 * * * ?"_s << u"Every 15 minutes"_s;
    QTest::newRow("every 15 minutes 0/15") << u"0 0/15 * * * ?"_s << u"Every 15 minutes"_s;
    QTest::newRow("every 10 seconds") << u"*/10 * * * * ?"_s << u"Every 10 seconds"_s;
    QTest::newRow("every 6 hours") << u"0 0 */6 * * ?"_s << u"Every 6 hours"_s;
    QTest::newRow("every 2 hours at :30") << u"0 30 */2 * * ?"_s << u"At 30 minutes past the hour, every 2 hours"_s;
    QTest::newRow("every 6 hours from 3") << u"0 0 3/6 * * ?"_s << u"Every 6 hours, starting at 03:00"_s;
    QTest::newRow("every 5 minutes from 2") << u"0 2/5 * * * ?"_s
                                            << u"Every 5 minutes, starting at 2 minutes past the hour"_s;
    QTest::newRow("bounded minute step") << u"0 0-30/10 * * * ?"_s
                                         << u"Every 10 minutes, minutes 0 through 30 past the hour"_s;
    QTest::newRow("bounded hour step") << u"0 0 8-18/2 * * ?"_s << u"At 08:00, 10:00, 12:00, 14:00, 16:00 and 18:00"_s;
    QTest::newRow("long bounded hour step") << u"0 0 1-21/2 * * ?"_s << u"Every 2 hours, between 01:00 and 21:59"_s;
    QTest::newRow("seconds from 5") << u"5/15 * * * * ?"_s
                                    << u"Every 15 seconds, starting at 5 seconds past the minute"_s;
    QTest::newRow("bounded seconds") << u"10-40/10 * * * * ?"_s
                                     << u"Every 10 seconds, seconds 10 through 40 past the minute"_s;
    QTest::newRow("at a second") << u"30 * * * * ?"_s << u"At 30 seconds past the minute"_s;
    QTest::newRow("one second") << u"1 * * * * ?"_s << u"At 1 second past the minute"_s;
    QTest::newRow("one minute") << u"0 1 * * * ?"_s << u"At 1 minute past the hour"_s;
    QTest::newRow("two values, uneven") << u"0 0,38 * * * ?"_s << u"At minutes 0 and 38 past the hour"_s;
    QTest::newRow("two values, even") << u"0 0,30 * * * ?"_s << u"Every 30 minutes"_s;
    QTest::newRow("two months, uneven") << u"0 0 12 1 1,11 ?"_s
                                        << u"At 12:00, on day 1 of the month, only in January and November"_s;
    QTest::newRow("at a minute") << u"0 45 * * * ?"_s << u"At 45 minutes past the hour"_s;
    QTest::newRow("minute list") << u"0 5,20,50 * * * ?"_s << u"At minutes 5, 20 and 50 past the hour"_s;
    QTest::newRow("second list") << u"1,2 * * * * ?"_s << u"At seconds 1 and 2 past the minute"_s;
    QTest::newRow("minute range") << u"0 0-10 * * * ?"_s << u"At minutes 0 through 10 past the hour"_s;
    QTest::newRow("working hours") << u"0 0 9-17 * * ?"_s << u"Every hour, between 09:00 and 17:59"_s;
    QTest::newRow("minutes within an hour") << u"0 */5 9 * * ?"_s << u"Every 5 minutes, between 09:00 and 09:59"_s;
    QTest::newRow("wrap-around hours") << u"0 0 22-2 * * ?"_s << u"Every hour, between 22:00 and 02:59"_s;
    QTest::newRow("many hour runs") << u"0 0 1,3,5,7,9,11,12 * * ?"_s
                                    << u"Every hour, during hours 01, 03, 05, 07, 09, 11 and 12"_s;
    QTest::newRow("zero increment") << u"0 0/0 * * * ?"_s << u"Every hour"_s;
    // Days of the week
    QTest::newRow("weekdays") << u"0 0 12 ? * MON-FRI"_s << u"At 12:00, Monday through Friday"_s;
    QTest::newRow("weekdays numeric") << u"0 0 12 ? * 2-6"_s << u"At 12:00, Monday through Friday"_s;
    QTest::newRow("lower-case names") << u"0 0 9 ? jan-mar mon-fri"_s
                                      << u"At 09:00, Monday through Friday, only in January through March"_s;
    QTest::newRow("two days") << u"0 0 15 ? * MON,TUE"_s << u"At 15:00, only on Monday and Tuesday"_s;
    QTest::newRow("one day") << u"0 0 8 ? * SUN"_s << u"At 08:00, only on Sunday"_s;
    QTest::newRow("weekend wraps") << u"0 0 8 ? * SAT-SUN"_s << u"At 08:00, only on Sunday and Saturday"_s;
    QTest::newRow("fri-mon wraps") << u"0 0 9 ? * FRI-MON"_s << u"At 09:00, Friday through Monday"_s;
    QTest::newRow("dow step") << u"0 0 9 ? * 1/2"_s << u"At 09:00, only on Sunday, Tuesday, Thursday and Saturday"_s;
    QTest::newRow("bare L is Saturday") << u"0 0 9 ? * L"_s << u"At 09:00, only on Saturday"_s;
    QTest::newRow("last Friday") << u"0 0 23 ? * 6L"_s << u"At 23:00, on the last Friday of the month"_s;
    QTest::newRow("last Friday by name") << u"0 58 * ? * FRIL"_s
                                         << u"At 58 minutes past the hour, on the last Friday of the month"_s;
    QTest::newRow("third Friday") << u"0 0 0 ? * 6#3"_s << u"At 00:00, on the third Friday of the month"_s;
    QTest::newRow("first Monday by name") << u"0 0 7 ? * MON#1"_s << u"At 07:00, on the first Monday of the month"_s;
    QTest::newRow("fifth Monday") << u"0 0 7 ? * 2#5"_s << u"At 07:00, on the fifth Monday of the month"_s;
    QTest::newRow("name with ignored tail") << u"0 0 7 ? * MON/2"_s << u"At 07:00, only on Monday"_s;
    // Days of the month
    QTest::newRow("last day") << u"0 30 8 L * ?"_s << u"At 08:30, on the last day of the month"_s;
    QTest::newRow("last weekday") << u"0 0 18 LW * ?"_s << u"At 18:00, on the last weekday of the month"_s;
    QTest::newRow("L-3") << u"0 0 9 L-3 * ?"_s << u"At 09:00, on the day 3 days before the last day of the month"_s;
    QTest::newRow("L-1") << u"0 0 9 L-1 * ?"_s << u"At 09:00, on the day before the last day of the month"_s;
    QTest::newRow("L-3W") << u"0 0 9 L-3W * ?"_s
                          << u"At 09:00, on the weekday nearest the day 3 days before the last day of the month"_s;
    QTest::newRow("15W") << u"0 0 12 15W * ?"_s << u"At 12:00, on the weekday nearest day 15 of the month"_s;
    QTest::newRow("first of month") << u"0 0 12 1 * ?"_s << u"At 12:00, on day 1 of the month"_s;
    QTest::newRow("day list") << u"0 0 4 5,27 * ?"_s << u"At 04:00, on days 5 and 27 of the month"_s;
    QTest::newRow("day range") << u"0 0 8 1-3 * ?"_s << u"At 08:00, on days 1 through 3 of the month"_s;
    QTest::newRow("every 2 days") << u"0 0 8 */2 * ?"_s << u"At 08:00, every 2 days"_s;
    QTest::newRow("every 10 days from 5") << u"0 0 8 5/10 * ?"_s
                                          << u"At 08:00, every 10 days, starting on day 5 of the month"_s;
    QTest::newRow("bounded days") << u"0 0 8 1-15/7 * ?"_s
                                  << u"At 08:00, every 7 days, days 1 through 15 of the month"_s;
    // Months and years
    QTest::newRow("one month") << u"0 0 12 * AUG ?"_s << u"At 12:00, only in August"_s;
    QTest::newRow("month list") << u"0 0 12 1 1,4,7,10 ?"_s << u"At 12:00, on day 1 of the month, every 3 months"_s;
    QTest::newRow("month wrap") << u"0 0 12 ? NOV-FEB *"_s << u"At 12:00, only in November through February"_s;
    QTest::newRow("months 4/3") << u"0 0 12 1 4/3 ?"_s << u"At 12:00, on day 1 of the month, only in April, July and October"_s;
    QTest::newRow("one year") << u"0 0 12 * * ? 2030"_s << u"At 12:00, only in 2030"_s;
    QTest::newRow("year range") << u"0 15 10 ? * 6L 2002-2005"_s
                                << u"At 10:15, on the last Friday of the month, only in 2002 through 2005"_s;
    QTest::newRow("year step") << u"0 0 0 1 1 ? 2030/5"_s
                               << u"At 00:00, on day 1 of the month, only in January, every 5 years, starting in 2030"_s;
    QTest::newRow("any year") << u"0 5 0 * * ? *"_s << u"At 00:05"_s;
    QTest::newRow("absurd year range") << u"0 0 0 1 1 ? 2099-99999"_s
                                       << u"At 00:00, on day 1 of the month, only in January, only in 2099 and later"_s;
    // Spacing and case as Quartz tolerates them
    QTest::newRow("tabs and spaces") << u"  0\t0  12 * *\t?  "_s << u"At 12:00"_s;
    QTest::newRow("mixed") << u"*/15 50 * 31W 7/5 ? 2027"_s
                           << u"Every 15 seconds, at 50 minutes past the hour, on the weekday nearest day 31 of the month, "
                              "only in July and December, only in 2027"_s;
}

void tst_CronDescription::describe()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const CronExpression cron = CronExpression::parse(expression);
    QVERIFY2(cron.isValid(), qPrintable(cron.errorMessage()));
    QCOMPARE(CronDescription::describe(cron), expected);
    QCOMPARE(CronDescription::describe(expression), expected);
}

void tst_CronDescription::invalidGivesNothing()
{
    QVERIFY(CronDescription::describe(u"0 0 * * *"_s).isEmpty());
    QVERIFY(CronDescription::describe(u"0 0 25 * * ?"_s).isEmpty());
    QVERIFY(CronDescription::describe(CronExpression()).isEmpty());
}

void tst_CronDescription::everyValidReferenceVector()
{
    QFile file(QStringLiteral(AIRDESK_SHARED_DIR "/cron/quartz-vectors.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("quartz-vectors.tsv not found under AIRDESK_SHARED_DIR; the reference data is not present");
    int described = 0;
    QStringList empty;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        if (line.endsWith(u'\n'))
            line.chop(1);
        const QStringList columns = line.split(u'\t');
        if (columns.size() != 6 || columns.at(4) != u"VALID"_s)
            continue;
        const QString text = CronDescription::describe(columns.at(3));
        if (text.isEmpty() || text.contains(u'%'))
            empty.append(columns.at(3));
        else
            ++described;
    }
    QVERIFY2(empty.isEmpty(), qPrintable(empty.mid(0, 10).join(u" | "_s)));
    QVERIFY2(described > 1000, qPrintable(QString::number(described)));
    qInfo("described %d valid reference expressions", described);
}

QTEST_GUILESS_MAIN(tst_CronDescription)
#include "tst_CronDescription.moc"
