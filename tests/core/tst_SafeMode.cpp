#include "core/domain/SafeMode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk::domain;

class tst_SafeMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deletionAllowed_data();
    void deletionAllowed();
    void refusalMessage();
};

void tst_SafeMode::deletionAllowed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("delete-me suffix") << u"pg-source-delete-me"_s << true;
    QTest::newRow("deleteme prefix") << u"deleteme pg"_s << true;
    QTest::newRow("upper case") << u"TEMP DELETE-ME"_s << true;
    QTest::newRow("mixed case") << u"DeleteMe_faker"_s << true;
    QTest::newRow("in the middle") << u"a-deleteme-b"_s << true;
    QTest::newRow("only the marker") << u"delete-me"_s << true;
    QTest::newRow("production name") << u"Production Postgres"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("underscore is not a hyphen") << u"delete_me"_s << false;
    QTest::newRow("space is not a hyphen") << u"delete me"_s << false;
    QTest::newRow("just delete") << u"to delete"_s << false;
    QTest::newRow("broken marker") << u"delete-m e"_s << false;
}

void tst_SafeMode::deletionAllowed()
{
    QFETCH(QString, name);
    QFETCH(bool, allowed);

    QCOMPARE(SafeMode::isDeletionAllowedName(name), allowed);
}

void tst_SafeMode::refusalMessage()
{
    const QString message = SafeMode::refusalMessage(u"connection"_s, u"Nightly orders"_s);
    QVERIFY(message.contains(u"connection"_s));
    QVERIFY(message.contains(u"\"Nightly orders\""_s));
    QVERIFY(message.contains(u"delete-me"_s));
    QVERIFY(message.contains(u"deleteme"_s));
}

QTEST_GUILESS_MAIN(tst_SafeMode)
#include "tst_SafeMode.moc"
