#include "core/cron/AirbyteCronRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::cron::AirbyteCronRules;
using airdesk::cron::CronCheck;

namespace {
const QString BadRequest = u"https://reference.airbyte.com/reference/errors#bad-request"_s;
const QString UnderOneHour = u"error:cron-validation/under-one-hour-not-allowed"_s;
const QDateTime Now(QDate(2025, 1, 15), QTime(10, 17, 23), Qt::UTC);
} // namespace

/// The Airbyte public API's cron rules layered over Quartz: UTC suffix, field rules, frequency
/// floors, and the Unix-to-Quartz suggestion.
class tst_AirbyteCronRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stripUtcSuffix_data();
    void stripUtcSuffix();
    void utcRoundTrip();
    void check_data();
    void check();
    void invalidDetails();
    void unixConversion_data();
    void unixConversion();
};

void tst_AirbyteCronRules::stripUtcSuffix_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("read value") << u"0 0 12 * * ? UTC"_s << u"0 0 12 * * ?"_s;
    QTest::newRow("trailing spaces") << u"0 0 12 * * ? UTC  "_s << u"0 0 12 * * ?"_s;
    QTest::newRow("no suffix") << u"0 0 12 * * ?"_s << u"0 0 12 * * ?"_s;
    QTest::newRow("other zone kept") << u"0 0 12 * * ? Europe/Berlin"_s << u"0 0 12 * * ? Europe/Berlin"_s;
    QTest::newRow("only UTC") << u"UTC"_s << QString();
}

void tst_AirbyteCronRules::stripUtcSuffix()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(AirbyteCronRules::stripUtcSuffix(input), expected);
}

void tst_AirbyteCronRules::utcRoundTrip()
{
    // What the server stores, then returns on read ("<expr> UTC"), must be accepted again.
    const QString stored = u"0 30 6 ? * MON-FRI"_s;
    const QString readBack = stored + u" UTC"_s;
    QCOMPARE(AirbyteCronRules::stripUtcSuffix(readBack), stored);
    QVERIFY(AirbyteCronRules::checkForPublicApi(readBack, 60, Now).ok);
    QVERIFY(AirbyteCronRules::checkForPublicApi(stored, 60, Now).ok);
}

void tst_AirbyteCronRules::check_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("validationMessage");

    // Valid examples from Airbyte's sync-schedules documentation.
    QTest::newRow("docs hourly") << u"0 0 * * * ?"_s << 60 << true << QString() << QString();
    QTest::newRow("docs 15h") << u"0 0 15 * * ?"_s << 60 << true << QString() << QString();
    // The docs also list "0 0 15 * * MON,TUE", but Quartz (and so the server) needs '?' in one
    // of the two day fields.
    QTest::newRow("docs weekdays") << u"0 0 15 * * MON,TUE"_s << 60 << false << BadRequest << QString();
    QTest::newRow("docs list") << u"0 0 0,2,4,6 * * ?"_s << 60 << true << QString() << QString();
    QTest::newRow("docs step hours") << u"0 0 */15 * * ?"_s << 60 << true << QString() << QString();
    QTest::newRow("weekdays fixed") << u"0 0 15 ? * MON,TUE"_s << 60 << true << QString() << QString();

    QTest::newRow("missing") << QString() << 60 << false << BadRequest << QString();
    QTest::newRow("unix five fields") << u"0 0 * * *"_s << 60 << false << BadRequest << QString();
    QTest::newRow("eight fields") << u"0 0 12 * * ? 2030 x"_s << 60 << false << BadRequest << QString();
    QTest::newRow("quartz invalid") << u"0 0 25 * * ?"_s << 60 << false << BadRequest << QString();

    // Seconds must be a plain integer; with a year field the minutes too.
    QTest::newRow("seconds star") << u"* 0 12 * * ?"_s << 0 << false << BadRequest << QString();
    QTest::newRow("seconds step") << u"0/30 0 12 * * ?"_s << 0 << false << BadRequest << QString();
    QTest::newRow("seconds list") << u"0,30 0 12 * * ?"_s << 0 << false << BadRequest << QString();
    QTest::newRow("minutes star without year") << u"0 * 12 * * ?"_s << 0 << true << QString() << QString();
    QTest::newRow("minutes star with year") << u"0 * 12 * * ? 2030"_s << 0 << false << BadRequest << QString();
    QTest::newRow("minutes fixed with year") << u"0 5 12 * * ? 2030"_s << 60 << true << QString() << QString();

    // Plan floors over the gaps between the next three executions.
    QTest::newRow("every 30 min, floor 60") << u"0 0/30 * * * ?"_s << 60 << false << UnderOneHour
                                            << u"Cron executions must be at least 1 hour apart"_s;
    QTest::newRow("every 30 min, floor 15") << u"0 0/30 * * * ?"_s << 15 << true << QString() << QString();
    QTest::newRow("every 10 min, floor 15") << u"0 0/10 * * * ?"_s << 15 << false << UnderOneHour
                                            << u"Cron executions must be at least 15 minutes apart"_s;
    QTest::newRow("every 15 min, floor 15") << u"0 0/15 * * * ?"_s << 15 << true << QString() << QString();
    QTest::newRow("every minute, floor 1") << u"0 * * * * ?"_s << 1 << true << QString() << QString();
    QTest::newRow("every 5 min, floor 0") << u"0 0/5 * * * ?"_s << 0 << true << QString() << QString();
    QTest::newRow("every minute, floor 0") << u"0 * * * * ?"_s << 0 << true << QString() << QString();
    // Two runs in the same hour only show up in the gaps, not in the fields.
    QTest::newRow("10:00 and 10:20, floor 60") << u"0 0,20 10 * * ?"_s << 60 << false << UnderOneHour
                                               << u"Cron executions must be at least 1 hour apart"_s;
    QTest::newRow("10:00 and 10:20, floor 15") << u"0 0,20 10 * * ?"_s << 15 << true << QString() << QString();
    // Hourly is exactly the floor.
    QTest::newRow("hourly, floor 60") << u"0 0 * * * ?"_s << 60 << true << QString() << QString();
    // A schedule with fewer than two runs left has no gap to check.
    QTest::newRow("ended schedule") << u"0 0 0 1 1 ? 2020"_s << 60 << true << QString() << QString();
}

void tst_AirbyteCronRules::check()
{
    QFETCH(QString, expression);
    QFETCH(int, minimum);
    QFETCH(bool, ok);
    QFETCH(QString, type);
    QFETCH(QString, validationMessage);

    const CronCheck result = AirbyteCronRules::checkForPublicApi(expression, minimum, Now);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.problemType, type);
    QCOMPARE(result.validationErrorMessage, validationMessage);
    if (ok) {
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(result.title.isEmpty());
        QVERIFY(result.detail.isEmpty());
    } else {
        QCOMPARE(result.httpStatus, 400);
        QVERIFY(!result.detail.isEmpty());
        QCOMPARE(result.title, type == BadRequest ? u"bad-request"_s
                                                  : u"Cron sync schedules more frequent than once per hour are not allowed"_s);
    }
}

void tst_AirbyteCronRules::invalidDetails()
{
    QCOMPARE(AirbyteCronRules::checkForPublicApi(QString(), 60, Now).detail,
             u"Missing cron expression in the schedule."_s);
    QCOMPARE(AirbyteCronRules::checkForPublicApi(u"   UTC"_s, 60, Now).detail,
             u"Missing cron expression in the schedule."_s);

    const QString tutorial = u"https://www.quartz-scheduler.org/documentation/quartz-2.3.0/tutorials/crontrigger.html"_s;
    QCOMPARE(AirbyteCronRules::checkForPublicApi(u"0 0 * * *"_s, 60, Now).detail,
             u"The cron expression 0 0 * * * is not valid. Error: Cron expression contains 5 parts but we expect one "
             "of [6, 7]. Please check the cron expression format at "_s + tutorial);
    QCOMPARE(AirbyteCronRules::checkForPublicApi(u"0 0 12 * * MON"_s, 60, Now).detail,
             u"The cron expression 0 0 12 * * MON is not valid. Error: Both, a day-of-week AND a day-of-month "
             "parameter, are not supported.. Please check the cron expression format at "_s + tutorial);
    QCOMPARE(AirbyteCronRules::checkForPublicApi(u"0 0 25 * * ? UTC"_s, 60, Now).detail,
             u"The cron expression 0 0 25 * * ? is not valid. Error: Hour values must be between 0 and 23. Please "
             "check the cron expression format at "_s + tutorial);
    QCOMPARE(AirbyteCronRules::checkForPublicApi(u"*/5 0 12 * * ?"_s, 60, Now).detail,
             u"The cron expression */5 0 12 * * ? is not valid or is less than the one hour minimum. The seconds and "
             "minutes values cannot be `*`."_s);
}

void tst_AirbyteCronRules::unixConversion_data()
{
    QTest::addColumn<QString>("unixCron");
    QTest::addColumn<QString>("quartz");
    QTest::newRow("daily") << u"0 0 * * *"_s << u"0 0 0 * * ?"_s;
    QTest::newRow("every 6 hours") << u"0 */6 * * *"_s << u"0 0 */6 * * ?"_s;
    QTest::newRow("weekdays") << u"30 8 * * 1-5"_s << u"0 30 8 ? * 2-6"_s;
    QTest::newRow("sunday as 0 and 7") << u"0 9 * * 0,7"_s << u"0 0 9 ? * 1,1"_s;
    QTest::newRow("day names") << u"0 9 * * mon-fri"_s << u"0 0 9 ? * MON-FRI"_s;
    QTest::newRow("every other day of week") << u"0 9 * * */2"_s << u"0 0 9 ? * 1/2"_s;
    QTest::newRow("whole week range") << u"0 9 * * 0-7"_s << u"0 0 9 ? * 1-7"_s;
    QTest::newRow("monthly") << u"15 3 1 * *"_s << u"0 15 3 1 * ?"_s;
    QTest::newRow("macro") << u"@hourly"_s << u"0 0 * * * ?"_s;
    QTest::newRow("both days restricted") << u"0 0 1 * 1"_s << QString();
    QTest::newRow("already quartz") << u"0 0 12 * * ?"_s << QString();
    QTest::newRow("quartz syntax") << u"0 0 L * *"_s << QString();
    QTest::newRow("bad values") << u"0 25 * * *"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_AirbyteCronRules::unixConversion()
{
    QFETCH(QString, unixCron);
    QFETCH(QString, quartz);
    const QString converted = AirbyteCronRules::quartzEquivalentOfUnix(unixCron);
    QCOMPARE(converted, quartz);
    if (!converted.isEmpty())
        QVERIFY(AirbyteCronRules::checkForPublicApi(converted, 0, Now).ok);
}

QTEST_GUILESS_MAIN(tst_AirbyteCronRules)
#include "tst_AirbyteCronRules.moc"
