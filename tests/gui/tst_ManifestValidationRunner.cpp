// ManifestValidationRunner: validation happens on a worker thread and the answer comes back on
// the owner's thread through finished(); requests made while one runs are coalesced so only the
// newest input's result is reported.
#include "gui/definitions/ManifestValidationRunner.h"

#include "gui/definitions/DefinitionsView.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace airdesk;

class tst_ManifestValidationRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsOnTheOwnersThread();
    void coalescesToTheNewestRequest();
    void validatesJsonManifests();
};

void tst_ManifestValidationRunner::reportsOnTheOwnersThread()
{
    gui::ManifestValidationRunner runner{manifest::ManifestValidator()};
    QThread *delivered = nullptr;
    connect(&runner, &gui::ManifestValidationRunner::finished, this,
            [&delivered] { delivered = QThread::currentThread(); });
    QSignalSpy finished(&runner, &gui::ManifestValidationRunner::finished);
    runner.validateText("type: [unclosed\n");
    QVERIFY(runner.isBusy());
    QVERIFY(finished.isEmpty()); // never answered inside the call
    QVERIFY(finished.wait(10000));
    QCOMPARE(delivered, QThread::currentThread());
    QVERIFY(!runner.isBusy());
    QVERIFY(!runner.lastResult().canPublish());
    QVERIFY(runner.lastResult().all().first().line > 0); // a YAML error keeps its line
}

void tst_ManifestValidationRunner::coalescesToTheNewestRequest()
{
    gui::ManifestValidationRunner runner{manifest::ManifestValidator()};
    QSignalSpy finished(&runner, &gui::ManifestValidationRunner::finished);
    runner.validateText("type: [unclosed\n");
    runner.validateText("still: [broken\n");
    runner.validateText(gui::DefinitionsView::templateText());
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 10000);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1); // the stale results were dropped
    QVERIFY2(runner.lastResult().canPublish(), "the template is the last text and is valid");
}

void tst_ManifestValidationRunner::validatesJsonManifests()
{
    gui::ManifestValidationRunner runner{manifest::ManifestValidator()};
    QSignalSpy finished(&runner, &gui::ManifestValidationRunner::finished);
    runner.validateManifest(QJsonObject{{u"type"_s, u"DeclarativeSource"_s}});
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<manifest::ManifestValidation>();
    QVERIFY(!result.canPublish());
}

QTEST_MAIN(tst_ManifestValidationRunner)
#include "tst_ManifestValidationRunner.moc"
