// DefinitionsView against the sandbox, offscreen: lists the workspace's custom definitions
// (name, id, version) and opens the chosen one's manifest in the editor as YAML; the toolbar's
// whole path: new from the template, publish with testing values, update (new version), open
// in the Connector Builder, deploy a source, delete with the confirmation; custom Docker
// definitions listed beside them (kind, repository:tag), their tag updated and deleted, and a
// clear line where the server has no Docker definitions.
#include "gui/common/DraftStore.h"
#include "gui/definitions/DefinitionsView.h"
#include "gui/definitions/DeleteDefinitionDialog.h"
#include "gui/definitions/DeploySourceDialog.h"
#include "gui/definitions/DockerDefinitionDialog.h"
#include "gui/definitions/ManifestEditor.h"
#include "gui/definitions/PublishDialog.h"
#include "gui/definitions/Scintilla.h"
#include "gui/definitions/TestingValuesEditor.h"
#include "gui/forms/NumberField.h"
#include "gui/forms/SecretField.h"
#include "gui/forms/SpecForm.h"

#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/DeclarativeDefinitionService.h"
#include "api/ApiRoots.h"
#include "api/Credentials.h"
#include "api/services/DockerDefinitionService.h"
#include "core/manifest/YamlToJson.h"
#include "models/DefinitionTableModel.h"
#include "sandbox/SandboxStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolBar>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace airdesk;

class tst_DefinitionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsAndOpens();
    void placeholderUntilSomethingIsOpen();
    void toolbarShortcutsAndNames();
    void newPublishUpdateDeployDelete();
    void safeModeKeepsOrdinaryNames();
    void openFileAsNewDefinition();
    void serverErrorSelectsTheLine();
    void dockerDefinition();
    void dockerOnAServerWithoutIt();

private:
    QList<domain::DeclarativeDefinition> serverList();

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

QList<domain::DeclarativeDefinition> tst_DefinitionsView::serverList()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    QObject context;
    const auto r = test::await<QList<domain::DeclarativeDefinition>>(
        [&](auto cb) { service.list(&context, cb); });
    if (r.error.isError())
        qWarning() << r.error.message();
    return r.value;
}

void tst_DefinitionsView::placeholderUntilSomethingIsOpen()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    gui::DefinitionsView view(&service, manifest::ManifestValidator());
    view.resize(900, 600);
    view.show();
    QVERIFY(view.showsPlaceholder());
    QVERIFY(view.placeholderLabel()->isVisible());
    QVERIFY(!view.editor()->isVisible());
    QVERIFY(view.placeholderLabel()->text().contains(u"New"_s));
    // Nothing to publish, update or delete yet.
    QVERIFY(!view.publishAction()->isEnabled());
    QVERIFY(!view.updateAction()->isEnabled());
    QVERIFY(!view.deleteAction()->isEnabled());
    QVERIFY(!view.builderAction()->isEnabled());
    QVERIFY(!view.deployAction()->isEnabled());
    view.newAction()->trigger();
    QVERIFY(!view.showsPlaceholder());
    QVERIFY(view.editor()->isVisible());
}

void tst_DefinitionsView::toolbarShortcutsAndNames()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    gui::DefinitionsView view(&service, manifest::ManifestValidator());
    const QList<QAction *> actions{view.newAction(),    view.openFileAction(), view.publishAction(),
                                   view.updateAction(), view.deleteAction(),   view.builderAction(),
                                   view.deployAction()};
    QSet<QString> shortcuts;
    for (QAction *action : actions) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        shortcuts.insert(action->shortcut().toString());
        QVERIFY(view.toolBar()->actions().contains(action));
        QWidget *button = view.toolBar()->widgetForAction(action);
        QVERIFY(button);
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(action->objectName()));
        QVERIFY(!button->accessibleName().contains(u'&'));
        QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
    QCOMPARE(shortcuts.size(), actions.size()); // no two share a key
    // The shortcut works from anywhere in the view.
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.table()->setFocus();
    QTest::keySequence(view.table(), view.newAction()->shortcut());
    QVERIFY(!view.showsPlaceholder());
    QVERIFY(view.isNewDefinition());
}

void tst_DefinitionsView::newPublishUpdateDeployDelete()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    gui::DefinitionsView view(&service, manifest::ManifestValidator());
    QTemporaryDir drafts;
    view.setDraftDirectory(drafts.path());
    QUrl openedUrl;
    view.setUrlOpener([&openedUrl](const QUrl &url) { openedUrl = url; });
    view.resize(1100, 780);
    view.show();
    const QString name = u"Template API delete-me"_s;

    // New from the template: the template's text, unsaved, publishable.
    view.newAction()->trigger();
    QCOMPARE(view.editor()->text(), gui::DefinitionsView::templateText());
    QVERIFY(!gui::DefinitionsView::templateText().isEmpty());
    QVERIFY(view.publishAction()->isEnabled());
    QVERIFY(!view.updateAction()->isEnabled());
    // Two more properties in the spec, so the testing values form has more than the secret.
    QByteArray withRegion = view.editor()->text();
    QVERIFY(withRegion.contains("        airbyte_secret: true\n"));
    withRegion.replace("        airbyte_secret: true\n", "        airbyte_secret: true\n"
                                                          "      region:\n        type: string\n"
                                                          "      days:\n        type: integer\n");
    view.editor()->setText(withRegion);

    // Publish with testing values.
    view.publishAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(view.publishDialog(), 10000);
    gui::PublishDialog *dialog = view.publishDialog();
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(dialog->preValidateBox()->isChecked());
    QVERIFY(dialog->problemsList()->count() == 0);
    dialog->nameField()->setText(name);
    QVERIFY(dialog->publishButton()->isEnabled());
    dialog->testingValuesGroup()->setChecked(true);
    // The template's spec requires api_key: without it the values are not valid.
    gui::TestingValuesEditor *values = dialog->testingValuesEditor();
    QVERIFY(values->hasForm());
    QVERIFY(!values->isValid());
    QVERIFY(!dialog->publishButton()->isEnabled());
    auto *secret = qobject_cast<gui::SecretField *>(values->form()->field(u"$.api_key"_s));
    QVERIFY(secret);
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret->lineEdit(), u"secret-123"_s);
    QLineEdit *region = values->form()->field(u"$.region"_s)->findChild<QLineEdit *>();
    QVERIFY(region);
    QTest::keyClicks(region, u"eu-west"_s);
    auto *days = qobject_cast<gui::NumberField *>(values->form()->field(u"$.days"_s));
    QVERIFY(days);
    QTest::keyClicks(days->lineEdit(), u"30"_s);
    QTRY_VERIFY(values->isValid());
    QVERIFY(dialog->publishButton()->isEnabled());
    (void)dialog->grab().save(u"/tmp/definitions-publish-dialog.png"_s);
    // The testing values (not the secret) are kept as a draft until published.
    const QString draftPath = gui::DraftStore(drafts.path()).path(gui::PublishDialog::draftKey());
    values->writeDraft();
    QVERIFY(QFile::exists(draftPath));
    QSignalSpy published(&view, &gui::DefinitionsView::published);
    QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
    QVERIFY(published.wait(10000));
    QVERIFY(!QFile::exists(draftPath));
    const QString id = published.first().first().toString();
    QVERIFY(!view.isNewDefinition());
    QCOMPARE(view.current().id, id);

    // On the server: listed, version 1, and the testing values stored in the builder project.
    const auto listed = serverList();
    const auto it = std::find_if(listed.begin(), listed.end(), [&id](const auto &d) { return d.id == id; });
    QVERIFY(it != listed.end());
    QCOMPARE(it->name, name);
    QCOMPARE(it->version, 1);
    const sandbox::DeclarativeDefinitionRecord *record = m_f->server().context().store.declarativeDefinitions.find(id);
    QVERIFY(record);
    // Stored through the builder project's testing values endpoint, exactly as typed.
    QCOMPARE(record->testingValues,
             (QJsonObject{{u"api_key"_s, u"secret-123"_s}, {u"region"_s, u"eu-west"_s}, {u"days"_s, 30}}));
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->containsId(id), 10000);

    // Edit and update: a new version on the server, shown in the list.
    QVERIFY(view.updateAction()->isEnabled());
    QByteArray text = view.editor()->text();
    text.replace("path: /items", "path: /things");
    view.editor()->setText(text);
    QSignalSpy updated(&view, &gui::DefinitionsView::updated);
    view.updateAction()->trigger();
    QVERIFY(updated.wait(10000));
    QCOMPARE(updated.first().at(1).toLongLong(), 2);
    QCOMPARE(record->activeVersion, 2);
    QCOMPARE(record->manifests.last().value(u"streams"_s).toArray().first().toObject().value(u"retriever"_s)
                 .toObject().value(u"requester"_s).toObject().value(u"path"_s).toString(),
             u"/things"_s);
    const int row = view.model()->indexOfId(id);
    QCOMPARE(view.model()->index(row, models::DefinitionTableModel::Version).data().toString(), u"2"_s);
    QVERIFY(view.statusLabel()->text().contains(u"version 2"_s));
    (void)view.grab().save(u"/tmp/definitions-tab.png"_s);

    // Connector Builder: the project's page of this workspace.
    QSignalSpy builder(&view, &gui::DefinitionsView::builderUrlOpened);
    view.builderAction()->trigger();
    QVERIFY(builder.wait(10000));
    QVERIFY2(openedUrl.toString().endsWith(u"/workspaces/%1/connector-builder/edit/%2"_s.arg(m_f->workspaceId(),
                                                                                            record->builderProjectId)),
             qPrintable(openedUrl.toString()));

    // Deploy a source from it, configured against the manifest's spec.
    view.deployAction()->trigger();
    gui::DeploySourceDialog *deploy = view.deployDialog();
    QVERIFY(deploy);
    deploy->nameField()->setText(u"Things from YAML"_s);
    QVERIFY(!deploy->deployButton()->isEnabled()); // api_key is required
    auto *deployKey = qobject_cast<gui::SecretField *>(deploy->configEditor()->form()->field(u"$.api_key"_s));
    QVERIFY(deployKey);
    QTest::keyClicks(deployKey->lineEdit(), u"k-1"_s);
    QTRY_VERIFY(deploy->deployButton()->isEnabled());
    QSignalSpy deployed(deploy, &gui::DeploySourceDialog::deployed);
    QTest::mouseClick(deploy->deployButton(), Qt::LeftButton);
    QVERIFY(deployed.wait(10000));
    bool found = false;
    for (const auto *source : m_f->server().context().store.sources.ordered())
        found = found || (source->name == u"Things from YAML"_s && source->definitionId == id
                          && source->configuration.value(u"api_key"_s).toString() == u"k-1"_s);
    QVERIFY(found);

    // Delete: the confirmation names the definition; safe mode lets "delete-me" names go.
    view.deleteAction()->trigger();
    gui::DeleteDefinitionDialog *confirm = view.deleteDialog();
    QVERIFY(confirm);
    QCOMPARE(confirm->windowModality(), Qt::WindowModal);
    QVERIFY(confirm->textLabel()->text().contains(name));
    QVERIFY(confirm->safeModeBox()->isChecked());
    QVERIFY(confirm->safeModeLabel()->text().contains(u"delete-me"_s));
    QVERIFY(confirm->deleteButton()->isEnabled());
    (void)confirm->grab().save(u"/tmp/definitions-delete-dialog.png"_s);
    QSignalSpy deletedSpy(&view, &gui::DefinitionsView::deleted);
    QTest::mouseClick(confirm->deleteButton(), Qt::LeftButton);
    QVERIFY(deletedSpy.wait(10000));
    QVERIFY(!m_f->server().context().store.declarativeDefinitions.find(id));
    const auto after = serverList();
    QVERIFY(std::none_of(after.begin(), after.end(), [&id](const auto &d) { return d.id == id; }));
    QVERIFY(view.showsPlaceholder());
    QTRY_VERIFY_WITH_TIMEOUT(!view.model()->containsId(id), 10000);
}

void tst_DefinitionsView::safeModeKeepsOrdinaryNames()
{
    gui::DeleteDefinitionDialog dialog(u"Production API"_s, 3);
    QVERIFY(dialog.safeModeBox()->isChecked());
    QVERIFY(!dialog.deleteButton()->isEnabled());
    QVERIFY(dialog.safeModeLabel()->text().contains(u"Production API"_s));
    dialog.safeModeBox()->setChecked(false);
    QVERIFY(dialog.deleteButton()->isEnabled());
    QVERIFY(!dialog.safeMode());
}

void tst_DefinitionsView::openFileAsNewDefinition()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    gui::DefinitionsView view(&service, manifest::ManifestValidator());
    const QString pets = QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/manifests/valid/pets.yaml");
    QVERIFY(view.openFile(pets));
    QFile file(pets);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(view.editor()->text(), file.readAll());
    QVERIFY(view.isNewDefinition());
    QVERIFY(view.publishAction()->isEnabled());
    QVERIFY(view.statusLabel()->text().contains(u"pets.yaml"_s));
    // The dialog is not modal: open() returns at once.
    view.openFileAction()->trigger();
    QVERIFY(view.fileDialog());
    QVERIFY(view.fileDialog()->isVisible());
    view.fileDialog()->reject();
    QSignalSpy failed(&view, &gui::DefinitionsView::failed);
    QVERIFY(!view.openFile(u"/nonexistent/manifest.yaml"_s));
    QCOMPARE(failed.size(), 1);
    QVERIFY(view.statusLabel()->text().contains(u"/nonexistent/manifest.yaml"_s));
}

void tst_DefinitionsView::serverErrorSelectsTheLine()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    gui::DefinitionsView view(&service, manifest::ManifestValidator());
    view.newFromTemplate();
    // The template's stream "items": its name is on the line after "- type: DeclarativeStream".
    const QList<QByteArray> lines = gui::DefinitionsView::templateText().split('\n');
    const int nameLine = int(lines.indexOf("    name: items")) + 1;
    QVERIFY(nameLine > 0);
    QCOMPARE(view.showServerError(u"Stream 'items' could not be read: HTTP 404"_s), nameLine);
    QCOMPARE(view.editor()->cursorLine(), nameLine);
    QVERIFY(view.editor()->textEdit()->selectedText().contains(u"name: items"_s));
    QCOMPARE(view.showServerError(u"Something unrelated broke"_s), 0);
}

void tst_DefinitionsView::dockerDefinition()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    api::DockerDefinitionService docker(m_client.get(), m_f->workspaceId(), domain::ActorKind::Source);
    gui::DefinitionsView view(&service, manifest::ManifestValidator());
    QVERIFY(!view.dockerAction()->isEnabled()); // nothing to register with yet
    view.setDockerDefinitionService(&docker);
    QVERIFY(view.dockerAction()->isEnabled());
    view.dockerAction()->trigger();
    gui::DockerDefinitionDialog *dialog = view.dockerDialog();
    QVERIFY(dialog);
    dialog->nameField()->setText(u"Orders image"_s);
    dialog->repositoryField()->setText(u"Acme/Orders"_s);
    dialog->tagField()->setText(u"1.0.0"_s);
    QVERIFY(!dialog->createButton()->isEnabled());
    QVERIFY(dialog->messageLabel()->text().contains(u"Acme/Orders"_s));
    dialog->repositoryField()->setText(u"acme/source-orders"_s);
    QVERIFY(dialog->createButton()->isEnabled());
    QSignalSpy created(&view, &gui::DefinitionsView::dockerDefinitionCreated);
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY(created.wait(10000));
    const auto *record = m_f->server().context().store.customConnectors.find(created.first().first().toString());
    QVERIFY(record);
    QCOMPARE(record->definition.dockerRepository, u"acme/source-orders"_s);
    QCOMPARE(record->workspaceId, m_f->workspaceId());
    const QString id = record->definition.id;

    // Listed with the YAML ones: kind Docker, version repository:tag; built-in definitions not.
    QSignalSpy dockerListed(&view, &gui::DefinitionsView::dockerRefreshed);
    QSignalSpy refreshed(&view, &gui::DefinitionsView::refreshed);
    view.refresh();
    QVERIFY(dockerListed.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
    QCOMPARE(dockerListed.first().first().toInt(), 1);
    QCOMPARE(view.model()->dockerCount(), 1);
    QCOMPARE(view.model()->rowCount(), int(serverList().size()) + 1);
    const int row = view.model()->indexOfId(id);
    QVERIFY(row >= 0);
    QVERIFY(view.model()->isDocker(row));
    QCOMPARE(view.model()->index(row, models::DefinitionTableModel::Kind).data().toString(), u"Docker"_s);
    QCOMPARE(view.model()->index(row, models::DefinitionTableModel::Version).data().toString(),
             u"acme/source-orders:1.0.0"_s);
    for (int r = 0; r < view.model()->rowCount(); ++r)
        if (r != row)
            QCOMPARE(view.model()->index(r, models::DefinitionTableModel::Kind).data().toString(), u"YAML"_s);
    QVERIFY(view.dockerStatusLabel()->isHidden());

    // Chosen: its image instead of a manifest; tag update and delete offered, YAML-only actions not.
    view.resize(1000, 700);
    view.show();
    view.table()->selectRow(row);
    QTRY_VERIFY(view.dockerInfoLabel()->isVisible());
    QVERIFY(view.dockerInfoLabel()->text().contains(u"acme/source-orders:1.0.0"_s));
    QCOMPARE(view.currentDocker().id, id);
    QVERIFY(view.dockerUpdateAction()->isEnabled());
    QVERIFY(view.deleteAction()->isEnabled());
    QVERIFY(!view.updateAction()->isEnabled());
    QVERIFY(!view.deployAction()->isEnabled());
    QVERIFY(!view.builderAction()->isEnabled());

    view.dockerUpdateAction()->trigger();
    gui::DockerDefinitionDialog *update = view.dockerDialog();
    QVERIFY(update);
    QVERIFY(update->isUpdate());
    QVERIFY(update->repositoryField()->isReadOnly());
    QCOMPARE(update->tagField()->text(), u"1.0.0"_s);
    update->tagField()->setText(u"1.1.0"_s);
    QVERIFY(update->createButton()->isEnabled());
    update->show();
    QTest::qWait(30);
    (void)update->grab().save(u"/tmp/definitions-docker-update.png"_s);
    QSignalSpy updated(&view, &gui::DefinitionsView::dockerDefinitionUpdated);
    QTest::mouseClick(update->createButton(), Qt::LeftButton);
    QVERIFY(updated.wait(10000));
    QCOMPARE(record->definition.dockerImageTag, u"1.1.0"_s);
    QCOMPARE(view.model()->index(view.model()->indexOfId(id), models::DefinitionTableModel::Version).data().toString(),
             u"acme/source-orders:1.1.0"_s);
    QVERIFY(view.dockerInfoLabel()->text().contains(u"acme/source-orders:1.1.0"_s));
    QTest::qWait(50);
    (void)view.grab().save(u"/tmp/definitions-docker-row.png"_s);

    // Delete: safe mode keeps an ordinary name, without it the definition goes.
    view.deleteAction()->trigger();
    gui::DeleteDefinitionDialog *confirm = view.deleteDialog();
    QVERIFY(confirm);
    QVERIFY2(confirm->textLabel()->text().contains(u"Docker"_s), qPrintable(confirm->textLabel()->text()));
    QVERIFY(confirm->textLabel()->text().contains(u"acme/source-orders:1.1.0"_s));
    QVERIFY(confirm->safeModeBox()->isChecked());
    QVERIFY(!confirm->deleteButton()->isEnabled()); // "Orders image" has no delete-me
    QVERIFY(confirm->safeModeLabel()->text().contains(u"delete-me"_s));
    confirm->safeModeBox()->setChecked(false);
    QVERIFY(confirm->deleteButton()->isEnabled());
    QSignalSpy deleted(&view, &gui::DefinitionsView::dockerDefinitionDeleted);
    QTest::mouseClick(confirm->deleteButton(), Qt::LeftButton);
    QVERIFY(deleted.wait(10000));
    QVERIFY(!m_f->server().context().store.customConnectors.find(id));
    QVERIFY(!view.model()->containsId(id));
    QVERIFY(view.showsPlaceholder());
    QVERIFY(!view.dockerUpdateAction()->isEnabled());
}

void tst_DefinitionsView::dockerOnAServerWithoutIt()
{
    // Public definitions routes missing (an older OSS): YAML definitions are listed, and one
    // line says why Docker ones are not.
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    QString publicRoot = m_f->server().publicApiRoot().toString();
    publicRoot.replace(u"/v1"_s, u"/v0-without-definitions"_s);
    const auto roots = api::ApiRoots::make(publicRoot, m_f->server().configApiRoot().toString());
    QVERIFY(roots);
    api::ApiClient oldServer(*roots, api::Credentials::bearer(m_f->token()));
    api::DockerDefinitionService docker(&oldServer, m_f->workspaceId(), domain::ActorKind::Source);
    gui::DefinitionsView view(&service, manifest::ManifestValidator());
    view.setDockerDefinitionService(&docker);
    view.resize(1000, 600);
    view.show();
    QSignalSpy refreshed(&view, &gui::DefinitionsView::refreshed);
    QSignalSpy unsupported(&view, &gui::DefinitionsView::dockerListFailed);
    view.refresh();
    QVERIFY(unsupported.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
    QVERIFY(view.dockerStatusLabel()->isVisible());
    const QString text = view.dockerStatusLabel()->text();
    QVERIFY2(text.contains(u"does not offer custom Docker definitions"_s), qPrintable(text));
    QVERIFY2(!text.contains(u'{'), qPrintable(text)); // a sentence, not a response dump
    QCOMPARE(view.model()->dockerCount(), 0);
    QCOMPARE(view.model()->rowCount(), int(serverList().size()));
    (void)view.grab().save(u"/tmp/definitions-docker-unsupported.png"_s);
}

QTEST_MAIN(tst_DefinitionsView)
#include "tst_DefinitionsView.moc"
