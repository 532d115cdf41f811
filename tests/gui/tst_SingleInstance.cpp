#include "gui/common/SingleInstance.h"

#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <thread>

using namespace Qt::StringLiterals;
using airdesk::gui::SingleInstance;

class tst_SingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysDifferByProfile();
    void noRunningInstance();
    void secondStartReachesFirst();
    void listensAgainAfterFirstEnds();
    void secondListenerFailsWhileFirstRuns();

private:
    static QString uniqueKey() { return SingleInstance::keyFor(QUuid::createUuid().toString()); }
};

void tst_SingleInstance::keysDifferByProfile()
{
    const QString a = SingleInstance::serverName(SingleInstance::keyFor(u"/home/u/.config/Airdesk/Airdesk.conf"_s));
    const QString b = SingleInstance::serverName(SingleInstance::keyFor(u"/tmp/other/Airdesk/Airdesk.conf"_s));
    QVERIFY(a != b);
    QCOMPARE(a, SingleInstance::serverName(SingleInstance::keyFor(u"/home/u/.config/Airdesk/Airdesk.conf"_s)));
    QVERIFY(a.startsWith(u"airdesk-"_s));
    QVERIFY(!a.contains(u"home"_s)); // hashed: no path in the socket name
}

void tst_SingleInstance::noRunningInstance()
{
    SingleInstance second(uniqueKey());
    QVERIFY(!second.sendToRunning({u"airdesk"_s}, 300));
}

void tst_SingleInstance::secondStartReachesFirst()
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY2(first.listen(), qPrintable(first.errorString()));
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    // The second start blocks in sendToRunning, so it runs on its own thread while this one
    // serves the first instance's event loop.
    bool handedOver = false;
    std::thread second([&] {
        SingleInstance other(key);
        handedOver = other.sendToRunning({u"airdesk"_s, u"--page"_s, u"sources"_s, u"ünïcode"_s}, 5000);
    });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
    second.join();
    QVERIFY(handedOver);
    QCOMPARE(received.at(0).at(0).toStringList(),
             (QStringList{u"airdesk"_s, u"--page"_s, u"sources"_s, u"ünïcode"_s}));
}

void tst_SingleInstance::listensAgainAfterFirstEnds()
{
    const QString key = uniqueKey();
    {
        SingleInstance first(key);
        QVERIFY(first.listen());
    }
    SingleInstance next(key);
    QVERIFY(!next.sendToRunning({u"airdesk"_s}, 300));
    QVERIFY2(next.listen(), qPrintable(next.errorString()));
}

void tst_SingleInstance::secondListenerFailsWhileFirstRuns()
{
    // listen() removes a socket only after sendToRunning found nobody; a live server stays.
    const QString key = uniqueKey();
    SingleInstance first(key);
    QVERIFY(first.listen());
    QVERIFY(first.isListening());
    QLocalServer probe;
    QVERIFY(!probe.listen(SingleInstance::serverName(key)));
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_SingleInstance.moc"
