// ScheduleText: the readable schedule cell, data-driven over the cron shapes it names and
// the ones it deliberately leaves as an expression.
#include "models/ScheduleText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::domain::ConnectionSchedule;
using airdesk::models::ScheduleText;

class tst_ScheduleText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeCron_data();
    void describeCron();
    void nonCronSchedules();
    void rawTextIsWhatTheServerSent();
};

void tst_ScheduleText::describeCron_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");

    QTest::newRow("daily noon") << u"0 0 12 * * ?"_s << u"At 12:00 (UTC)"_s;
    QTest::newRow("daily with UTC suffix") << u"0 0 12 * * ? UTC"_s << u"At 12:00 (UTC)"_s;
    QTest::newRow("daily dow form") << u"0 30 7 ? * *"_s << u"At 07:30 (UTC)"_s;
    QTest::newRow("daily any year") << u"0 5 0 * * ? *"_s << u"At 00:05 (UTC)"_s;
    QTest::newRow("every 6 hours") << u"0 0 */6 * * ?"_s << u"Every 6 hours (UTC)"_s;
    QTest::newRow("every 6 hours 0/6") << u"0 0 0/6 * * ?"_s << u"Every 6 hours (UTC)"_s;
    QTest::newRow("every hour") << u"0 0 * * * ?"_s << u"Every hour (UTC)"_s;
    QTest::newRow("every 15 minutes") << u"0 */15 * * * ?"_s << u"Every 15 minutes (UTC)"_s;
    QTest::newRow("weekdays") << u"0 0 8 ? * MON-FRI"_s << u"At 08:00, Monday through Friday (UTC)"_s;
    QTest::newRow("weekdays numeric") << u"0 0 8 ? * 2-6"_s << u"At 08:00, Monday through Friday (UTC)"_s;
    // The description engine names every valid shape, including those the old cell text left as
    // an expression. "*/5" hours restarts at midnight (20:00 -> 00:00); like cronstrue and the
    // web app, the description still calls it "every 5 hours".
    QTest::newRow("every 5 hours restarts at midnight") << u"0 0 */5 * * ?"_s
                                                        << u"Every 5 hours (UTC)"_s;
    QTest::newRow("offset hourly") << u"0 0 3/6 * * ?"_s << u"Every 6 hours, starting at 03:00 (UTC)"_s;
    QTest::newRow("seconds not zero") << u"30 0 12 * * ?"_s << u"At 12:00:30 (UTC)"_s;
    QTest::newRow("monthly") << u"0 0 12 1 * ?"_s << u"At 12:00, on day 1 of the month (UTC)"_s;
    QTest::newRow("one month") << u"0 0 12 * 1 ?"_s << u"At 12:00, only in January (UTC)"_s;
    QTest::newRow("hour list") << u"0 0 8,20 * * ?"_s << u"At 08:00 and 20:00 (UTC)"_s;
    QTest::newRow("one year") << u"0 0 12 * * ? 2030"_s << u"At 12:00, only in 2030 (UTC)"_s;
    QTest::newRow("weekend") << u"0 0 8 ? * SAT,SUN"_s << u"At 08:00, only on Sunday and Saturday (UTC)"_s;
    // What does not parse keeps the expression.
    QTest::newRow("invalid") << u"61 0 12 * * ?"_s << u"Cron: 61 0 12 * * ?"_s;
    QTest::newRow("unix five fields") << u"0 12 * * *"_s << u"Cron: 0 12 * * *"_s;
    QTest::newRow("another zone read back") << u"0 0 12 * * ? America/New_York"_s
                                            << u"Cron: 0 0 12 * * ? America/New_York"_s;
}

void tst_ScheduleText::describeCron()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    QCOMPARE(ScheduleText::describeCron(expression), expected);
    QCOMPARE(ScheduleText::describe(ConnectionSchedule::cron(expression)), expected);
}

void tst_ScheduleText::nonCronSchedules()
{
    QCOMPARE(ScheduleText::describe(ConnectionSchedule::manual()), u"Manual"_s);
    ConnectionSchedule basic;
    basic.type = ConnectionSchedule::Type::Basic;
    basic.basicTiming = u"Every 24 HOURS"_s;
    QCOMPARE(ScheduleText::describe(basic), u"Every 24 hours"_s); // in the user's words
    basic.basicTiming = u"Every 1 DAYS"_s;
    QCOMPARE(ScheduleText::describe(basic), u"Every day"_s);
    basic.basicTiming = u"Every 15 minutes"_s;
    QCOMPARE(ScheduleText::describe(basic), u"Every 15 minutes"_s);
    basic.basicTiming = u"Every 2 FORTNIGHTS"_s; // another wording: as the server sent it
    QCOMPARE(ScheduleText::describe(basic), u"Every 2 FORTNIGHTS"_s);
    ConnectionSchedule unknown;
    unknown.type = ConnectionSchedule::Type::Unknown;
    unknown.typeText = u"lunar"_s;
    QCOMPARE(ScheduleText::describe(unknown), u"lunar"_s);
}

void tst_ScheduleText::rawTextIsWhatTheServerSent()
{
    ConnectionSchedule read = ConnectionSchedule::cron(u"0 0 12 * * ?"_s);
    read.cronExpressionRaw = u"0 0 12 * * ? UTC"_s;
    QCOMPARE(ScheduleText::rawText(read), u"0 0 12 * * ? UTC"_s);
    QCOMPARE(ScheduleText::rawText(ConnectionSchedule::cron(u"0 0 12 * * ?"_s)), u"0 0 12 * * ?"_s);
    QVERIFY(ScheduleText::rawText(ConnectionSchedule::manual()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ScheduleText)
#include "tst_ScheduleText.moc"
