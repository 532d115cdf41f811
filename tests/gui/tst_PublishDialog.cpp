// PublishDialog and TestingValuesEditor, offscreen against the sandbox: pre-validation blocks
// an invalid manifest until it is turned off, the name must be free unless a duplicate is
// allowed (the service checks), testing values are checked against the manifest's own spec
// in a form generated from it (secrets masked, revealable) and arrive on the server as typed;
// they are kept as a draft without secrets that survives a crash.
#include "gui/definitions/PublishDialog.h"
#include "gui/definitions/TestingValuesEditor.h"

#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/DeclarativeDefinitionService.h"
#include "core/manifest/DeclarativeSchema.h"
#include "core/manifest/YamlToJson.h"
#include "gui/common/DraftStore.h"
#include "gui/definitions/DefinitionsView.h"
#include "gui/forms/NumberField.h"
#include "gui/forms/SecretField.h"
#include "gui/forms/SpecForm.h"
#include "sandbox/SandboxStore.h"

#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QListWidget>
#include <QPushButton>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;

namespace {

QJsonObject templateManifest()
{
    manifest::YamlError error;
    return manifest::YamlToJson::parse(gui::DefinitionsView::templateText(), &error).value_or(QJsonValue()).toObject();
}

QJsonObject secretSpec()
{
    return QJsonObject{{u"type"_s, u"object"_s},
                       {u"required"_s, QJsonArray{u"api_key"_s, u"region"_s}},
                       {u"properties"_s,
                        QJsonObject{{u"api_key"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"airbyte_secret"_s, true}}},
                                    {u"region"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                    {u"days"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}}};
}

/// The template with secretSpec() as its connection specification.
QJsonObject secretManifest()
{
    QJsonObject manifest = templateManifest();
    QJsonObject spec = manifest.value(u"spec"_s).toObject();
    spec.insert(u"connection_specification"_s, secretSpec());
    manifest.insert(u"spec"_s, spec);
    return manifest;
}

/// Types into the form's own inputs, as a person would.
void fillSecretForm(gui::TestingValuesEditor *values, const QString &key, const QString &region, const QString &days)
{
    auto *secret = qobject_cast<gui::SecretField *>(values->form()->field(u"$.api_key"_s));
    QVERIFY(secret);
    QTest::keyClicks(secret->lineEdit(), key);
    QLineEdit *regionEdit = values->form()->field(u"$.region"_s)->findChild<QLineEdit *>();
    QVERIFY(regionEdit);
    QTest::keyClicks(regionEdit, region);
    auto *daysField = qobject_cast<gui::NumberField *>(values->form()->field(u"$.days"_s));
    QVERIFY(daysField);
    QTest::keyClicks(daysField->lineEdit(), days);
}

} // namespace

class tst_PublishDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void templateIsValidAgainstTheRealSchema();
    void preValidationBlocksAnInvalidManifest();
    void nameMustBeFreeUnlessDuplicatesAllowed();
    void testingValuesEditorMasksAndValidates();
    void publishSendsTheFormsTestingValues();
    void testingValuesDraftSurvivesACrash();
    void preValidationRunsOffTheGuiThread();
    void asyncPreValidationStillBlocksAnInvalidManifest();

private:
    int serverCount();
    std::shared_ptr<const manifest::DeclarativeSchema> realSchema();
    std::shared_ptr<const manifest::DeclarativeSchema> m_schema;
    std::unique_ptr<test::SandboxFixture> m_f;
    std::unique_ptr<api::ApiClient> m_client;
    QTemporaryDir m_drafts;
};

void tst_PublishDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_f = std::make_unique<test::SandboxFixture>(QStringList{u"--seed"_s, u"empty"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
    m_client = test::makeClient(*m_f);
    QVERIFY(!templateManifest().isEmpty());
}

int tst_PublishDialog::serverCount()
{
    return int(m_f->call("GET", u"/workspaces/%1/definitions/declarative_sources"_s.arg(m_f->workspaceId()))
                   .object()
                   .value(u"data"_s)
                   .toArray()
                   .size());
}

void tst_PublishDialog::templateIsValidAgainstTheRealSchema()
{
    const QString path = QStringLiteral(AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml");
    if (!QFile::exists(path))
        QSKIP("The declarative component schema is not in ../shared/airbyte; skipping the full check.");
    QString error;
    const auto schema = manifest::DeclarativeSchema::fromFile(path, &error);
    QVERIFY2(schema, qPrintable(error));
    // The workbench's template and the sandbox's demo definition are both publishable as written.
    QFile demo(QStringLiteral(AIRDESK_SOURCE_DIR "/resources/sandbox/definitions/weather-stations.yaml"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    for (const QByteArray &text : {gui::DefinitionsView::templateText(), demo.readAll()}) {
        const manifest::ManifestValidation result = manifest::ManifestValidator(schema).validateText(text);
        QStringList problems;
        for (const auto &issue : result.all())
            problems.append(issue.toString());
        QVERIFY2(result.canPublish(), qPrintable(problems.join(u'\n')));
        QVERIFY(result.schemaChecked);
    }
}

void tst_PublishDialog::preValidationBlocksAnInvalidManifest()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    QJsonObject broken = templateManifest();
    broken.remove(u"spec"_s);
    const manifest::ManifestValidation validation =
        manifest::ManifestValidator().validate(broken);
    gui::PublishDialog dialog(&service, broken, validation);
    dialog.nameField()->setText(u"No spec"_s);
    QVERIFY(dialog.preValidateBox()->isChecked());
    QVERIFY(dialog.problemsList()->count() > 0);
    QVERIFY(dialog.problemsList()->item(0)->text().contains(u"spec"_s));
    QVERIFY(!dialog.publishButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(u"pre-validation"_s));
    dialog.publish(); // refused while disabled: nothing sent
    QCOMPARE(serverCount(), 0);

    // Turned off, the server decides, and refuses (the sandbox answers as the server does).
    dialog.preValidateBox()->setChecked(false);
    QVERIFY(dialog.publishButton()->isEnabled());
    QSignalSpy failed(&dialog, &gui::PublishDialog::publishFailed);
    dialog.publish();
    QVERIFY(failed.wait(10000));
    QVERIFY(dialog.messageLabel()->text().startsWith(u"Not published"_s));
    QVERIFY(dialog.publishButton()->isEnabled()); // can try again
    QCOMPARE(serverCount(), 0);
}

void tst_PublishDialog::nameMustBeFreeUnlessDuplicatesAllowed()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    const QJsonObject manifest = templateManifest();
    const manifest::ManifestValidation validation = manifest::ManifestValidator().validate(manifest);
    const int before = serverCount();
    {
        gui::PublishDialog first(&service, manifest, validation);
        first.nameField()->setText(u"Same name"_s);
        QSignalSpy published(&first, &gui::PublishDialog::published);
        first.publish();
        QVERIFY(published.wait(10000));
        QCOMPARE(published.first().first().value<domain::DeclarativeDefinition>().version, 1);
    }
    QCOMPARE(serverCount(), before + 1);

    gui::PublishDialog second(&service, manifest, validation);
    second.nameField()->setText(u"Same name"_s);
    QVERIFY(!second.allowDuplicateBox()->isChecked());
    QSignalSpy failed(&second, &gui::PublishDialog::publishFailed);
    second.publish();
    QVERIFY(failed.wait(10000));
    QVERIFY2(second.messageLabel()->text().contains(u"already"_s), qPrintable(second.messageLabel()->text()));
    QCOMPARE(serverCount(), before + 1);

    second.allowDuplicateBox()->setChecked(true);
    QSignalSpy published(&second, &gui::PublishDialog::published);
    second.publish();
    QVERIFY(published.wait(10000));
    QCOMPARE(serverCount(), before + 2);
}

void tst_PublishDialog::testingValuesEditorMasksAndValidates()
{
    gui::TestingValuesEditor editor;
    editor.setSpec(secretSpec());
    QVERIFY(editor.hasForm());
    QVERIFY(editor.noSpecLabel()->isHidden());
    auto *secret = qobject_cast<gui::SecretField *>(editor.form()->field(u"$.api_key"_s));
    QVERIFY2(secret, "airbyte_secret gets a masked input");
    QLineEdit *region = editor.form()->field(u"$.region"_s)->findChild<QLineEdit *>();
    auto *days = qobject_cast<gui::NumberField *>(editor.form()->field(u"$.days"_s));
    QVERIFY(region);
    QVERIFY(days);

    editor.setValue(QJsonObject{{u"api_key"_s, u"s3cret-value"_s}, {u"region"_s, u"eu"_s}});
    QVERIFY(editor.isValid());
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(region->text(), u"eu"_s);
    QCOMPARE(editor.value(), (QJsonObject{{u"api_key"_s, u"s3cret-value"_s}, {u"region"_s, u"eu"_s}}));
    QVERIFY(!editor.valueWithoutSecrets().contains(u"api_key"_s));
    secret->setRevealed(true);
    QCOMPARE(secret->lineEdit()->echoMode(), QLineEdit::Normal);

    // Typed through the inputs: a required field emptied and a number that is no number.
    QSignalSpy validity(&editor, &gui::TestingValuesEditor::validityChanged);
    QSignalSpy edited(&editor, &gui::TestingValuesEditor::edited);
    region->selectAll();
    QTest::keyClick(region, Qt::Key_Backspace);
    QTest::keyClicks(days->lineEdit(), u"many"_s);
    QCOMPARE(days->lineEdit()->text(), QString()); // letters never get into a number
    QTest::keyClicks(days->lineEdit(), u"-"_s);     // a start, but no number yet
    QVERIFY(edited.size() > 0);
    editor.validateNow();
    QVERIFY(!editor.isValid());
    QCOMPARE(validity.size(), 1);
    QCOMPARE(validity.first().first().toBool(), false);
    const QString problems = editor.problems().join(u'\n');
    QVERIFY2(problems.contains(u"region"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"$.days"_s), qPrintable(problems));

    QTest::keyClicks(region, u"us"_s);
    QTest::keyClicks(days->lineEdit(), u"3"_s);
    QCOMPARE(days->lineEdit()->text(), u"-3"_s);
    editor.validateNow();
    QVERIFY2(editor.isValid(), qPrintable(editor.problems().join(u'\n')));
    QCOMPARE(editor.value(),
             (QJsonObject{{u"api_key"_s, u"s3cret-value"_s}, {u"region"_s, u"us"_s}, {u"days"_s, -3}}));

    // A manifest without a usable spec: a sentence instead of the form, never valid.
    editor.setSpec(QJsonObject());
    QVERIFY(!editor.hasForm());
    QVERIFY(!editor.noSpecLabel()->isHidden());
    QVERIFY2(editor.noSpecLabel()->text().contains(u"connection_specification"_s),
             qPrintable(editor.noSpecLabel()->text()));
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.value(), QJsonObject());
    editor.resize(460, 120);
    (void)editor.grab().save(u"/tmp/testing-values-no-spec.png"_s);
    editor.setSpec(QJsonObject{{u"type"_s, u"array"_s}});
    QVERIFY(!editor.hasForm());
    QVERIFY2(editor.noSpecLabel()->text().contains(u"array"_s), qPrintable(editor.noSpecLabel()->text()));
}

void tst_PublishDialog::publishSendsTheFormsTestingValues()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    const QJsonObject manifest = secretManifest();
    gui::PublishDialog dialog(&service, manifest, manifest::ManifestValidator().validate(manifest));
    dialog.setDraftDirectory(m_drafts.path());
    dialog.nameField()->setText(u"Form values"_s);
    dialog.testingValuesGroup()->setChecked(true);
    gui::TestingValuesEditor *values = dialog.testingValuesEditor();
    QVERIFY(values->hasForm());
    QVERIFY(!dialog.publishButton()->isEnabled()); // api_key and region are required
    fillSecretForm(values, u"k-123"_s, u"eu-west"_s, u"14"_s);
    QTRY_VERIFY(dialog.publishButton()->isEnabled());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50); // let the layouts settle before the picture
    (void)dialog.grab().save(u"/tmp/publish-dialog-form.png"_s);
    QSignalSpy published(&dialog, &gui::PublishDialog::published);
    QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
    QVERIFY(published.wait(10000));
    const QString id = published.first().first().value<domain::DeclarativeDefinition>().id;
    const sandbox::DeclarativeDefinitionRecord *record = m_f->server().context().store.declarativeDefinitions.find(id);
    QVERIFY(record);
    // Exactly what was typed, typed as the spec says (days an integer), secret included.
    QCOMPARE(record->testingValues,
             (QJsonObject{{u"api_key"_s, u"k-123"_s}, {u"region"_s, u"eu-west"_s}, {u"days"_s, 14}}));
}

void tst_PublishDialog::testingValuesDraftSurvivesACrash()
{
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    const QJsonObject manifest = secretManifest();
    const manifest::ManifestValidation validation = manifest::ManifestValidator().validate(manifest);
    QTemporaryDir drafts;
    QVERIFY(drafts.isValid());
    const QString draftPath = gui::DraftStore(drafts.path()).path(gui::PublishDialog::draftKey());

    auto *first = new gui::PublishDialog(&service, manifest, validation);
    first->setDraftDirectory(drafts.path());
    QVERIFY(!first->testingValuesGroup()->isChecked()); // nothing to restore yet
    first->testingValuesGroup()->setChecked(true);
    first->testingValuesEditor()->setDraftDelay(20);
    fillSecretForm(first->testingValuesEditor(), u"top-secret-key"_s, u"ap-south"_s, u"9"_s);
    // Written while editing, not on close: wait for it, then go away as a crash would.
    QTRY_VERIFY(QFile::exists(draftPath));
    QByteArray bytes;
    QTRY_VERIFY_WITH_TIMEOUT((bytes = [&] {
                                  QFile f(draftPath);
                                  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                              }())
                                 .contains("ap-south")
                                 && bytes.contains("9"),
                             5000);
    QVERIFY2(!bytes.contains("top-secret-key"), bytes.constData());
    QVERIFY(!bytes.contains("api_key"));
    delete first; // neither closed nor rejected

    gui::PublishDialog second(&service, manifest, validation);
    second.setDraftDirectory(drafts.path());
    gui::TestingValuesEditor *values = second.testingValuesEditor();
    QVERIFY(second.testingValuesGroup()->isChecked());
    QVERIFY(!values->draftLabel()->isHidden());
    QCOMPARE(values->form()->field(u"$.region"_s)->findChild<QLineEdit *>()->text(), u"ap-south"_s);
    QCOMPARE(qobject_cast<gui::NumberField *>(values->form()->field(u"$.days"_s))->lineEdit()->text(), u"9"_s);
    auto *secret = qobject_cast<gui::SecretField *>(values->form()->field(u"$.api_key"_s));
    QCOMPARE(secret->lineEdit()->text(), QString()); // never kept: typed again
    QVERIFY(!values->isValid());
    QVERIFY(!second.publishButton()->isEnabled());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTest::qWait(50);
    (void)second.grab().save(u"/tmp/publish-dialog-draft.png"_s);

    QTest::keyClicks(secret->lineEdit(), u"typed-again"_s);
    second.nameField()->setText(u"From a draft"_s);
    QTRY_VERIFY(second.publishButton()->isEnabled());
    QSignalSpy published(&second, &gui::PublishDialog::published);
    second.publish();
    QVERIFY(published.wait(10000));
    const QString id = published.first().first().value<domain::DeclarativeDefinition>().id;
    QCOMPARE(m_f->server().context().store.declarativeDefinitions.find(id)->testingValues,
             (QJsonObject{{u"api_key"_s, u"typed-again"_s}, {u"region"_s, u"ap-south"_s}, {u"days"_s, 9}}));
    QVERIFY(!QFile::exists(draftPath)); // published: the draft is gone
}

std::shared_ptr<const manifest::DeclarativeSchema> tst_PublishDialog::realSchema()
{
    const QString path = QStringLiteral(AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml");
    if (!m_schema && QFile::exists(path)) {
        QString error;
        m_schema = manifest::DeclarativeSchema::fromFile(path, &error);
        if (!m_schema)
            qWarning("%s", qPrintable(error));
    }
    return m_schema;
}

void tst_PublishDialog::preValidationRunsOffTheGuiThread()
{
    const QString path = QStringLiteral(AIRDESK_SHARED_DIR "/connectors/manifests/source-appfigures.yaml");
    const auto schema = realSchema();
    if (!schema || !QFile::exists(path))
        QSKIP("The declarative component schema or the largest real manifest (source-appfigures) is not in "
              "../shared; skipping the responsiveness check.");
    manifest::YamlError yamlError;
    const auto json = manifest::YamlToJson::parseFile(path, &yamlError);
    QVERIFY2(json && json->isObject(), qPrintable(yamlError.toString()));
    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    service.setManifestSchema(schema);
    // The editor's last result is not trusted: Publish validates what it sends.
    gui::PublishDialog dialog(&service, json->toObject(), manifest::ManifestValidation{});
    dialog.setDraftDirectory(m_drafts.path());
    dialog.nameField()->setText(u"Appfigures (large)"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.publishButton()->isEnabled());
    QVERIFY(dialog.busyIndicator()->isHidden());
    const int before = serverCount();

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    QSignalSpy validated(&dialog, &gui::PublishDialog::validated);
    QSignalSpy published(&dialog, &gui::PublishDialog::published);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
    const qint64 clickMs = clock.elapsed();
    // The click returned with the validation still running: busy, Publish disabled, nothing sent.
    QVERIFY(dialog.isValidating());
    QVERIFY(validated.isEmpty());
    QVERIFY(!dialog.busyIndicator()->isHidden());
    QVERIFY(!dialog.publishButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().startsWith(u"Validating"_s));
    (void)dialog.grab().save(u"/tmp/publish-dialog-validating.png"_s);
    ticker.start();
    QVERIFY(validated.wait(20000));
    const qint64 validatedMs = clock.elapsed();
    ticker.stop();
    QVERIFY2(validated.first().first().toBool(), qPrintable(dialog.problemsList()->count() > 0
                                                                 ? dialog.problemsList()->item(0)->text()
                                                                 : QString()));
    // The event loop kept running meanwhile (a frozen window would not tick at all).
    QVERIFY2(ticks >= 2, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(validatedMs)));
    qInfo("publish click returned after %lld ms; validation result after %lld ms; %d timer ticks meanwhile",
          clickMs, validatedMs, ticks);
    QVERIFY(published.wait(20000));
    QVERIFY(dialog.busyIndicator()->isHidden());
    QCOMPARE(serverCount(), before + 1);
}

void tst_PublishDialog::asyncPreValidationStillBlocksAnInvalidManifest()
{
    const auto schema = realSchema();
    if (!schema)
        QSKIP("The declarative component schema is not in ../shared/airbyte; a schema-only error needs it.");
    // Structurally fine (the server's own needs hold) but not a manifest the CDK accepts.
    QJsonObject broken = templateManifest();
    QJsonArray streams = broken.value(u"streams"_s).toArray();
    QJsonObject stream = streams.first().toObject();
    QJsonObject retriever = stream.value(u"retriever"_s).toObject();
    QJsonObject requester = retriever.value(u"requester"_s).toObject();
    requester.insert(u"http_method"_s, u"FETCH"_s);
    retriever.insert(u"requester"_s, requester);
    stream.insert(u"retriever"_s, retriever);
    streams.replace(0, stream);
    broken.insert(u"streams"_s, streams);
    QVERIFY(!api::DeclarativeDefinitionService::validateManifest(broken).isError());

    api::DeclarativeDefinitionService service(m_client.get(), m_f->workspaceId());
    service.setManifestSchema(schema);
    gui::PublishDialog dialog(&service, broken, manifest::ManifestValidation{}); // a stale "no problems"
    dialog.setDraftDirectory(m_drafts.path());
    dialog.nameField()->setText(u"Fetch method"_s);
    QVERIFY(dialog.publishButton()->isEnabled());
    QCOMPARE(dialog.problemsList()->count(), 0);
    const int before = serverCount();
    QSignalSpy validated(&dialog, &gui::PublishDialog::validated);
    QSignalSpy failed(&dialog, &gui::PublishDialog::publishFailed);
    dialog.publish();
    QVERIFY(dialog.isValidating());
    QVERIFY(validated.wait(20000));
    QCOMPARE(validated.first().first().toBool(), false);
    QVERIFY(dialog.problemsList()->count() > 0);
    QVERIFY(!dialog.problemsList()->isHidden());
    QStringList problems;
    for (int i = 0; i < dialog.problemsList()->count(); ++i)
        problems.append(dialog.problemsList()->item(i)->text());
    QVERIFY2(problems.join(u'\n').contains(u"http_method"_s), qPrintable(problems.join(u'\n')));
    QVERIFY(!dialog.publishButton()->isEnabled());
    QVERIFY(dialog.busyIndicator()->isHidden());
    QVERIFY2(dialog.messageLabel()->text().contains(u"pre-validation"_s), qPrintable(dialog.messageLabel()->text()));
    QTest::qWait(100);
    QCOMPARE(serverCount(), before); // nothing sent
    QVERIFY(failed.isEmpty());
    dialog.resize(600, 560);
    dialog.show();
    QTest::qWait(50);
    (void)dialog.grab().save(u"/tmp/publish-dialog-invalid.png"_s);
}

QTEST_MAIN(tst_PublishDialog)
#include "tst_PublishDialog.moc"
