// DefinitionsView against the sandbox, offscreen: lists the workspace's custom definitions
// (name, id, version) and opens the chosen one's manifest in the editor as YAML.
#include "gui/definitions/DefinitionsView.h"
#include "gui/definitions/ManifestEditor.h"

#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/DeclarativeDefinitionService.h"
#include "core/manifest/YamlToJson.h"
#include "models/DefinitionTableModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;

class tst_DefinitionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsAndOpens();

private:
    std::unique_ptr<test::SandboxFixture> m_f;
    std::unique_ptr<api::ApiClient> m_client;
};

void tst_DefinitionsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_f = std::make_unique<test::SandboxFixture>(QStringList{u"--seed"_s, u"empty"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
    m_client = test::makeClient(*m_f);
}

void tst_DefinitionsView::listsAndOpens()
{
    manifest::YamlError error;
    const auto pets = manifest::YamlToJson::parseFile(
        QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/manifests/valid/pets.yaml"), &error);
    QVERIFY2(pets, qPrintable(error.toString()));
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    QObject context;
    for (const QString &name : {u"Pets"_s, u"Pets two"_s}) {
        const auto r = test::await<domain::DeclarativeDefinition>(
            [&](auto cb) { service.publish(name, pets->toObject(), {}, &context, cb); });
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    }

    gui::DefinitionsView view(&service, manifest::ManifestValidator());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1000, 760);
    view.show();
    QSignalSpy refreshed(&view, &gui::DefinitionsView::refreshed);
    view.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(view.model()->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < 2; ++row) {
        names.append(view.model()->index(row, models::DefinitionTableModel::Name).data().toString());
        QCOMPARE(view.model()->index(row, models::DefinitionTableModel::Version).data().toString(), u"1"_s);
        QVERIFY(!view.model()->index(row, models::DefinitionTableModel::Id).data().toString().isEmpty());
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"Pets"_s, u"Pets two"_s}));

    QSignalSpy opened(&view, &gui::DefinitionsView::opened);
    QSignalSpy validated(view.editor(), &gui::ManifestEditor::validated);
    view.table()->selectRow(0);
    QVERIFY(opened.wait(10000));
    // The published JSON comes back as YAML that reads as the same manifest.
    const auto shown = manifest::YamlToJson::parse(view.editor()->text(), &error);
    QVERIFY2(shown, qPrintable(error.toString()));
    QCOMPARE(shown->toObject(), pets->toObject());
    QVERIFY(view.statusLabel()->text().contains(u"version 1"_s));
    QVERIFY(validated.wait(10000));
    QVERIFY(view.editor()->markedLines().isEmpty());
    (void)view.grab().save(u"/tmp/definitions-view.png"_s);
}

QTEST_MAIN(tst_DefinitionsView)
#include "tst_DefinitionsView.moc"
