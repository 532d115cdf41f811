// JavaTime: the server's ISO-8601 durations (java.time.Duration.toString) read into seconds,
// including the ones too large to be a duration at all.
#include "core/time/JavaTime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::time::JavaTime::parseDuration;

class tst_JavaTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void overflowIsNotADuration_data();
    void overflowIsNotADuration();
};

void tst_JavaTime::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("hours minutes seconds") << u"PT8H6M12S"_s << qint64(8 * 3600 + 6 * 60 + 12);
    QTest::newRow("days and hours") << u"P1DT2H"_s << qint64(86400 + 2 * 3600);
    QTest::newRow("fraction dropped") << u"PT0.5S"_s << qint64(0);
    QTest::newRow("negative") << u"-PT1M"_s << qint64(-60);
    QTest::newRow("largest minutes that fit") << u"PT153722867280912930M"_s << qint64(153722867280912930LL * 60);
}

void tst_JavaTime::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = parseDuration(text);
    QVERIFY(parsed);
    QCOMPARE(*parsed, seconds);
}

void tst_JavaTime::overflowIsNotADuration_data()
{
    QTest::addColumn<QString>("text");
    // Found by fuzz_DomainJson in a job's "duration": the multiplication overflowed (UB).
    QTest::newRow("minutes times 60") << u"PT8888880000000000001M"_s;
    QTest::newRow("days times 86400") << u"P106751991167301D"_s;
    QTest::newRow("the sum") << u"P106751991167300DT23H59M59S"_s;
    QTest::newRow("more digits than 64 bits") << u"PT99999999999999999999S"_s;
}

void tst_JavaTime::overflowIsNotADuration()
{
    QFETCH(QString, text);
    QVERIFY(!parseDuration(text));
}

QTEST_GUILESS_MAIN(tst_JavaTime)
#include "tst_JavaTime.moc"
