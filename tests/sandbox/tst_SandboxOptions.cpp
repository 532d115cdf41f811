// The sandbox's command line: loopback unless --allow-remote is given, and fault specs, plain
// or aimed at a method and path, parsed strictly.
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxOptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::sandbox::FaultInjector;
using airdesk::sandbox::SandboxOptions;

class tst_SandboxOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackByDefault();
    void remoteAddressNeedsTheFlag();
    void faultSpecs_data();
    void faultSpecs();
    void aimedFaultsHitOnlyTheirRequests();
};

void tst_SandboxOptions::loopbackByDefault()
{
    QString error;
    const auto options = SandboxOptions::parse({}, &error);
    QVERIFY2(options, qPrintable(error));
    QVERIFY(options->isLoopbackOnly());
    QCOMPARE(options->host, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(SandboxOptions::helpText().contains(u"--allow-remote"_s));
    const auto v6 = SandboxOptions::parse({u"--host"_s, u"::1"_s}, &error);
    QVERIFY2(v6 && v6->isLoopbackOnly(), qPrintable(error));
}

void tst_SandboxOptions::remoteAddressNeedsTheFlag()
{
    QString error;
    QVERIFY(!SandboxOptions::parse({u"--host"_s, u"0.0.0.0"_s}, &error));
    QVERIFY2(error.contains(u"--allow-remote"_s) && error.contains(u"0.0.0.0"_s), qPrintable(error));
    error.clear();
    QVERIFY(!SandboxOptions::parse({u"--host=192.168.1.20"_s}, &error));
    QVERIFY(error.contains(u"--allow-remote"_s));

    const auto allowed = SandboxOptions::parse({u"--host"_s, u"0.0.0.0"_s, u"--allow-remote"_s}, &error);
    QVERIFY2(allowed, qPrintable(error));
    QVERIFY(allowed->allowRemote);
    QVERIFY(!allowed->isLoopbackOnly());
}

void tst_SandboxOptions::faultSpecs_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"429:0.5,reset:0.1"_s << true;
    QTest::newRow("new kinds") << u"truncated:1,html:0.2,slow:0.3"_s << true;
    QTest::newRow("aimed") << u"500@POST /api/public/v1/sources:1"_s << true;
    QTest::newRow("aimed any method") << u"timeout@/api/v1/jobs/get=1"_s << true;
    QTest::newRow("unknown kind") << u"418:1"_s << false;
    QTest::newRow("unknown method") << u"500@FETCH /x:1"_s << false;
    QTest::newRow("not a path") << u"500@POST sources:1"_s << false;
    QTest::newRow("rate above 1") << u"500:1.5"_s << false;
}

void tst_SandboxOptions::faultSpecs()
{
    QFETCH(QString, faults);
    QFETCH(bool, valid);
    QString error;
    const auto options = SandboxOptions::parse({u"--faults"_s, faults}, &error);
    QCOMPARE(bool(options), valid);
    if (!valid)
        QVERIFY2(error.contains(u"--faults"_s), qPrintable(error));
}

void tst_SandboxOptions::aimedFaultsHitOnlyTheirRequests()
{
    FaultInjector injector({{u"503@POST /api/public/v1/sources"_s, 1.0}, {u"html@/api/v1"_s, 1.0}}, 7);
    QCOMPARE(injector.next("POST", u"/api/public/v1/sources"_s), u"503"_s);
    QCOMPARE(injector.next("GET", u"/api/public/v1/sources"_s), QString());
    QCOMPARE(injector.next("POST", u"/api/public/v1/jobs"_s), QString());
    QCOMPARE(injector.next("POST", u"/api/v1/jobs/get"_s), u"html"_s);
    QString why;
    FaultInjector::Rule rule;
    QVERIFY(!FaultInjector::parseSpec(u"teapot"_s, &rule, &why));
    QVERIFY2(why.contains(u"teapot"_s), qPrintable(why));
}

QTEST_GUILESS_MAIN(tst_SandboxOptions)
#include "tst_SandboxOptions.moc"
