// PublishDialog and TestingValuesEditor, offscreen against the sandbox: pre-validation blocks
// an invalid manifest until it is turned off, the name must be free unless a duplicate is
// allowed (the service checks), testing values are checked against the manifest's own spec
// and shown with secrets masked.
#include "gui/definitions/PublishDialog.h"
#include "gui/definitions/TestingValuesEditor.h"

#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/DeclarativeDefinitionService.h"
#include "core/manifest/DeclarativeSchema.h"
#include "core/manifest/YamlToJson.h"
#include "gui/definitions/DefinitionsView.h"

#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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

private:
    int serverCount();
    std::unique_ptr<test::SandboxFixture> m_f;
    std::unique_ptr<api::ApiClient> m_client;
};

void tst_PublishDialog::initTestCase()
{
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
    editor.setValue(QJsonObject{{u"api_key"_s, u"s3cret-value"_s}, {u"region"_s, u"eu"_s}});
    const QString shown = editor.textEdit()->toPlainText();
    QVERIFY2(!shown.contains(u"s3cret-value"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"**********"_s));
    QVERIFY(editor.isValid());
    // The mask left in place keeps the stored secret.
    QCOMPARE(editor.value().value(u"api_key"_s).toString(), u"s3cret-value"_s);

    QSignalSpy validity(&editor, &gui::TestingValuesEditor::validityChanged);
    editor.textEdit()->setPlainText(u"region: eu\ndays: many\n"_s);
    QVERIFY(!editor.isValid());
    QCOMPARE(validity.size(), 1);
    QCOMPARE(validity.first().first().toBool(), false);
    const QString problems = editor.problems().join(u'\n');
    QVERIFY2(problems.contains(u"api_key"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"days"_s), qPrintable(problems));
    QCOMPARE(editor.problemsLabel()->text(), problems);

    editor.textEdit()->setPlainText(u"api_key: [unclosed\n"_s);
    QVERIFY(!editor.isValid());
    QVERIFY(editor.problems().first().startsWith(u"Not valid YAML"_s));

    editor.textEdit()->setPlainText(u"- a list\n"_s);
    QVERIFY(!editor.isValid());

    // A mask with nothing stored behind it is not a secret.
    gui::TestingValuesEditor fresh;
    fresh.setSpec(secretSpec());
    fresh.textEdit()->setPlainText(u"api_key: \"**********\"\nregion: eu\n"_s);
    QVERIFY(!fresh.isValid());
    fresh.textEdit()->setPlainText(u"api_key: typed\nregion: eu\ndays: 3\n"_s);
    QVERIFY(fresh.isValid());
    QCOMPARE(fresh.value(), (QJsonObject{{u"api_key"_s, u"typed"_s}, {u"region"_s, u"eu"_s}, {u"days"_s, 3}}));
}

QTEST_MAIN(tst_PublishDialog)
#include "tst_PublishDialog.moc"
