#include "core/domain/Attempt.h"
#include "core/domain/JobInfo.h"
#include "core/domain/LogEvent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace airdesk::domain;

namespace {

QJsonObject object(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        qFatal("bad JSON in test table: %s", json.constData());
    return doc.object();
}

} // namespace

class tst_LogText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullLogText_data();
    void fullLogText();
    void levelMapping_data();
    void levelMapping();
    void eventFields();
    void attemptsFromJobInfo();
};

void tst_LogText::fullLogText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Attempt::LogFormat>("format");
    QTest::addColumn<QString>("expected");

    // PyAirbyte prints the raw epoch-millisecond number, the level as sent, then the message.
    QTest::newRow("structured events")
        << QByteArray(R"({"attempt":{"id":1},"logType":"structured","logs":{"events":[
               {"timestamp":1714566896123,"level":"info","message":"Starting sync","logSource":"platform"},
               {"timestamp":1714566897000,"level":"error","message":"Boom","logSource":"source"}]}})")
        << Attempt::LogFormat::Structured
        << u"[1714566896123] info: Starting sync\n[1714566897000] error: Boom"_s;
    QTest::newRow("event defaults: no level is INFO, no timestamp or message is empty")
        << QByteArray(R"({"attempt":{"id":1},"logs":{"events":[{}]}})") << Attempt::LogFormat::Structured
        << u"[] INFO: "_s;
    QTest::newRow("event nulls print as Python None")
        << QByteArray(R"({"attempt":{"id":1},"logs":{"events":[{"timestamp":null,"level":null,"message":null}]}})")
        << Attempt::LogFormat::Structured << u"[None] None: None"_s;
    QTest::newRow("event timestamp as text is printed as is")
        << QByteArray(R"({"attempt":{"id":1},"logs":{"events":[{"timestamp":"2024-05-01","level":"WARN","message":"m"}]}})")
        << Attempt::LogFormat::Structured << u"[2024-05-01] WARN: m"_s;
    QTest::newRow("empty level string is printed empty")
        << QByteArray(R"({"attempt":{"id":1},"logs":{"events":[{"timestamp":5,"level":"","message":"m"}]}})")
        << Attempt::LogFormat::Structured << u"[5] : m"_s;
    QTest::newRow("multi-line message kept")
        << QByteArray(R"({"attempt":{"id":1},"logs":{"events":[{"timestamp":1,"level":"error","message":"a\nb"}]}})")
        << Attempt::LogFormat::Structured << u"[1] error: a\nb"_s;
    QTest::newRow("log lines")
        << QByteArray(R"({"attempt":{"id":1},"logType":"formatted","logs":{"logLines":["line one","line two",""]}})")
        << Attempt::LogFormat::Formatted << u"line one\nline two\n"_s;
    // PyAirbyte checks `events` first and does not fall back when it is empty.
    QTest::newRow("events win over log lines, even empty")
        << QByteArray(R"({"attempt":{"id":1},"logs":{"events":[],"logLines":["x"]}})")
        << Attempt::LogFormat::Structured << QString();
    QTest::newRow("empty log lines") << QByteArray(R"({"attempt":{"id":1},"logs":{"logLines":[]}})")
                                     << Attempt::LogFormat::Formatted << QString();
    QTest::newRow("empty logs object") << QByteArray(R"({"attempt":{"id":1},"logs":{}})")
                                       << Attempt::LogFormat::None << QString();
    QTest::newRow("no logs") << QByteArray(R"({"attempt":{"id":1}})") << Attempt::LogFormat::None << QString();
    QTest::newRow("logs null") << QByteArray(R"({"attempt":{"id":1},"logs":null})") << Attempt::LogFormat::None
                               << QString();
    QTest::newRow("logType is not what decides")
        << QByteArray(R"({"attempt":{"id":1},"logType":"structured","logs":{"logLines":["plain"]}})")
        << Attempt::LogFormat::Formatted << u"plain"_s;
}

void tst_LogText::fullLogText()
{
    QFETCH(QByteArray, json);
    QFETCH(Attempt::LogFormat, format);
    QFETCH(QString, expected);

    const auto attempt = Attempt::fromJson(object(json), 0);
    QVERIFY(attempt);
    QCOMPARE(attempt->logFormat, format);
    QCOMPARE(airdesk::domain::fullLogText(*attempt), expected);
}

void tst_LogText::levelMapping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<LogEvent::Level>("level");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("trace") << u"trace"_s << LogEvent::Level::Trace << u"trace"_s;
    QTest::newRow("debug") << u"debug"_s << LogEvent::Level::Debug << u"debug"_s;
    QTest::newRow("info") << u"info"_s << LogEvent::Level::Info << u"info"_s;
    QTest::newRow("warn") << u"warn"_s << LogEvent::Level::Warn << u"warn"_s;
    QTest::newRow("error") << u"error"_s << LogEvent::Level::Error << u"error"_s;
    QTest::newRow("upper case") << u"ERROR"_s << LogEvent::Level::Error << u"error"_s;
    QTest::newRow("warning") << u"WARNING"_s << LogEvent::Level::Warn << u"warn"_s;
    QTest::newRow("fatal") << u"fatal"_s << LogEvent::Level::Error << u"error"_s;
    QTest::newRow("unknown") << u"notice"_s << LogEvent::Level::Unknown << u"unknown"_s;
    QTest::newRow("empty") << QString() << LogEvent::Level::Unknown << u"unknown"_s;
}

void tst_LogText::levelMapping()
{
    QFETCH(QString, text);
    QFETCH(LogEvent::Level, level);
    QFETCH(QString, canonical);

    QCOMPARE(LogEvent::levelFromString(text), level);
    QCOMPARE(LogEvent::toString(level), canonical);
    QJsonObject json{{u"timestamp"_s, 1}, {u"message"_s, u"m"_s}};
    if (!text.isNull())
        json.insert(u"level"_s, text);
    const auto event = LogEvent::fromJson(json);
    QVERIFY(event);
    QCOMPARE(event->level, level);
    QCOMPARE(event->levelText, text.isNull() ? QString() : text); // the text as sent is kept
}

void tst_LogText::eventFields()
{
    const QJsonObject json = object(
        R"({"timestamp":1714566896123,"level":"warn","message":"slow","logSource":"replication-orchestrator","caller":{"className":"X","lineNumber":3},"stackTrace":"at X"})");
    const auto event = LogEvent::fromJson(json);
    QVERIFY(event);
    // Milliseconds, not seconds: a seconds reading would land in 56 338 AD.
    QCOMPARE(event->timestamp,
             QDateTime(QDate(2024, 5, 1), QTime(12, 34, 56, 123), QTimeZone::utc()));
    QCOMPARE(event->level, LogEvent::Level::Warn);
    QCOMPARE(event->logSource, u"replication-orchestrator"_s);
    QVERIFY(event->raw.contains(u"caller"_s));
    QCOMPARE(event->toJson(), json);
    QCOMPARE(event->pyAirbyteLine(), u"[1714566896123] warn: slow"_s);

    // Built in code rather than parsed.
    LogEvent built;
    built.timestamp = QDateTime::fromMSecsSinceEpoch(42, QTimeZone::utc());
    built.level = LogEvent::Level::Debug;
    built.message = u"hello"_s;
    QCOMPARE(built.pyAirbyteLine(), u"[42] debug: hello"_s);
}

void tst_LogText::attemptsFromJobInfo()
{
    const auto info = JobInfo::fromJson(object(R"({"job":{"id":9,"status":"succeeded"},"attempts":[
        {"attempt":{"id":1,"status":"failed"},"logs":{"logLines":["first try"]}},
        {"attempt":{"id":2,"status":"succeeded"},"logs":{"events":[{"timestamp":7,"level":"info","message":"done"}]}}]})"));
    QVERIFY(info);
    QCOMPARE(info->attempts.size(), 2);
    QCOMPARE(info->attempts.at(0).number, 0);
    QCOMPARE(info->attempts.at(1).number, 1);
    QCOMPARE(airdesk::domain::fullLogText(info->attempts.at(0)), u"first try"_s);
    QCOMPARE(airdesk::domain::fullLogText(info->attempts.at(1)), u"[7] info: done"_s);
    QCOMPARE(airdesk::domain::fullLogText(Attempt()), QString());
}

QTEST_GUILESS_MAIN(tst_LogText)
#include "tst_LogText.moc"
