// DateFieldFormat: which string fields of a spec are dates, in which layout, and writing and
// reading moments in that layout.
#include "core/spec/DateFieldFormat.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using airdesk::spec::DateFieldFormat;

namespace {

QJsonObject schema(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

const QDateTime Moment(QDate(2024, 2, 29), QTime(7, 5, 9, 42), QTimeZone::utc());

} // namespace

class tst_DateFieldFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layouts_data();
    void layouts();
    void parsesItsOwnLayoutAndIso();
};

void tst_DateFieldFormat::layouts_data()
{
    QTest::addColumn<QString>("schemaJson");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("written"); // Moment in the field's layout; empty for no date field

    const int none = int(DateFieldFormat::Kind::None);
    const int date = int(DateFieldFormat::Kind::Date);
    const int dateTime = int(DateFieldFormat::Kind::DateTime);
    QTest::newRow("format date") << uR"({"type":"string","format":"date"})"_s << date << u"2024-02-29"_s;
    QTest::newRow("format date-time")
        << uR"({"type":"string","format":"date-time"})"_s << dateTime << u"2024-02-29T07:05:09Z"_s;
    QTest::newRow("date pattern")
        << uR"({"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"})"_s << date << u"2024-02-29"_s;
    QTest::newRow("\\d date pattern")
        << uR"({"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"})"_s << date << u"2024-02-29"_s;
    QTest::newRow("date-time Z pattern")
        << uR"({"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"})"_s << dateTime
        << u"2024-02-29T07:05:09Z"_s;
    QTest::newRow("milliseconds required")
        << uR"({"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"})"_s
        << dateTime << u"2024-02-29T07:05:09.042Z"_s;
    QTest::newRow("empty or date-time")
        << uR"({"type":"string","pattern":"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"})"_s << dateTime
        << u"2024-02-29T07:05:09Z"_s;
    QTest::newRow("space separated")
        << uR"({"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"})"_s << dateTime
        << u"2024-02-29 07:05:09"_s;
    QTest::newRow("optional time, format date")
        << uR"({"type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)?$"})"_s
        << date << u"2024-02-29"_s;
    QTest::newRow("optional time, format date-time")
        << uR"({"type":"string","format":"date-time","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)?$"})"_s
        << dateTime << u"2024-02-29T07:05:09Z"_s;
    QTest::newRow("compact") << uR"({"type":"string","pattern":"^\\d{8}$"})"_s << date << u"20240229"_s;
    QTest::newRow("digits and dashes are no date")
        << uR"({"type":"string","pattern":"^[0-9-]+$"})"_s << none << QString();
    QTest::newRow("anything is no date") << uR"({"type":"string","pattern":"^.*$"})"_s << none << QString();
    QTest::newRow("plain string") << uR"({"type":"string"})"_s << none << QString();
    QTest::newRow("e-mail") << uR"({"type":"string","format":"email"})"_s << none << QString();
    QTest::newRow("integer") << uR"({"type":"integer","format":"date"})"_s << none << QString();
    QTest::newRow("unusable pattern") << uR"({"type":"string","pattern":"^[0-9"})"_s << none << QString();
    QTest::newRow("pattern no layout fits, format date")
        << uR"({"type":"string","format":"date","pattern":"^[0-9]{2}/[0-9]{2}/[0-9]{2}$"})"_s << none << QString();
}

void tst_DateFieldFormat::layouts()
{
    QFETCH(QString, schemaJson);
    QFETCH(int, kind);
    QFETCH(QString, written);
    const QJsonObject s = schema(schemaJson);
    QVERIFY2(!s.isEmpty(), qPrintable(schemaJson));
    const DateFieldFormat format = DateFieldFormat::forSchema(s);
    QCOMPARE(int(format.kind()), kind);
    QCOMPARE(format.format(Moment), written);
    if (!written.isEmpty()) {
        const auto back = format.parse(written);
        QVERIFY(back);
        QCOMPARE(back->date(), Moment.date());
    }
}

void tst_DateFieldFormat::parsesItsOwnLayoutAndIso()
{
    const DateFieldFormat withTime = DateFieldFormat::forSchema(schema(uR"({"type":"string","format":"date-time"})"_s));
    QCOMPARE(withTime.parse(u"2024-02-29T07:05:09Z"_s), QDateTime(QDate(2024, 2, 29), QTime(7, 5, 9), QTimeZone::utc()));
    // Another ISO spelling is read too (the popup opens on it), converted to UTC.
    QCOMPARE(withTime.parse(u"2024-02-29T09:05:09+02:00"_s),
             QDateTime(QDate(2024, 2, 29), QTime(7, 5, 9), QTimeZone::utc()));
    QCOMPARE(withTime.parse(u"2024-02-29"_s), QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(!withTime.parse(u"yesterday"_s));
    QVERIFY(!withTime.parse(QString()));
    QVERIFY(!withTime.parse(u"2024-02-30"_s));
}

QTEST_GUILESS_MAIN(tst_DateFieldFormat)
#include "tst_DateFieldFormat.moc"
