// The spec-driven connector form: each keyword and Airbyte extension on the project's own
// sample spec, and every real spec in ../shared/connectors/specs (build, default config,
// round trip, validation).
#include "core/spec/SecretFields.h"
#include "gui/forms/BooleanField.h"
#include "gui/forms/DescriptionText.h"
#include "gui/forms/EnumField.h"
#include "gui/forms/FieldRow.h"
#include "gui/forms/JsonField.h"
#include "gui/forms/NumberField.h"
#include "gui/forms/ObjectField.h"
#include "gui/forms/ObjectListField.h"
#include "gui/forms/OneOfField.h"
#include "gui/forms/SecretField.h"
#include "gui/forms/SpecForm.h"
#include "gui/forms/TagListField.h"
#include "gui/forms/TextField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace airdesk;
using gui::SpecForm;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject sampleSpec()
{
    return readJson(QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/form-keywords.json"));
}

gui::FieldRow *rowOf(gui::FieldWidget *field)
{
    return qobject_cast<gui::FieldRow *>(field->parentWidget());
}

QString errorAt(SpecForm &form, const QString &path)
{
    form.revealAllIssues();
    gui::FieldWidget *f = form.field(path);
    return f && rowOf(f) ? rowOf(f)->errorText() : u"<no field>"_s;
}

} // namespace

class tst_SpecForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsUnusableSpecs();
    void layoutFollowsRequiredOrderAndGroups();
    void defaultConfiguration();
    void widgetKinds();
    void validationPerFieldAndSummary();
    void patternLookBehindAndDescriptor();
    void formatsBoundsAndLengths();
    void oneOfSwitchingKeepsSharedValues();
    void oneOfLoadsHiddenOption();
    void maskedSecretsRoundTrip();
    void secretRevealAndDraft();
    void tagsAndChecklists();
    void arrayOfObjects();
    void nestedObjectsAndFreeForm();
    void descriptionIsSanitised();
    void accessibleNamesOnEveryInput();
    void roundTripOfSample();
    void snapshotsForPeople();
    void realSpecs_data();
    void realSpecs();
    void cleanupTestCase();

private:
    qint64 m_realSpecMs = 0;
    int m_realSpecCount = 0;
};

void tst_SpecForm::rejectsUnusableSpecs()
{
    SpecForm form;
    QString error;
    QVERIFY(!form.setSpecification(readJson(QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/not-an-object.json")),
                                   &error));
    QVERIFY2(error.contains(u"not an object"_s), qPrintable(error));
    QVERIFY(!form.setSpecification(QJsonObject(), &error));
    QVERIFY(error.contains(u"empty"_s));
    // A whole ConnectorSpecification object is accepted too.
    QVERIFY(form.setSpecification(QJsonObject{{u"connectionSpecification"_s, sampleSpec()}}, &error));
    QVERIFY(form.field(u"$.host"_s));
}

void tst_SpecForm::layoutFollowsRequiredOrderAndGroups()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    const auto groups = form.findChildren<QGroupBox *>();
    QStringList titles;
    for (const QGroupBox *g : groups)
        titles.append(g->title());
    QCOMPARE(titles, (QStringList{u"Connection"_s, u"Authentication"_s}));
    auto *root = qobject_cast<gui::ObjectField *>(form.field(u"$"_s));
    QVERIFY(root);
    // Ungrouped section: required / always_show / const / objects first by order, then optional by order.
    QStringList ungrouped;
    for (const gui::FieldRow *row : root->rows())
        if (!row->field()->schema().contains(u"group"_s) && !row->field()->schema().value(u"airbyte_hidden"_s).toBool())
            ungrouped.append(row->key());
    QCOMPARE(ungrouped.mid(0, 5), (QStringList{u"start_date"_s, u"account_id"_s, u"kind"_s, u"tunnel"_s, u"headers"_s}));
    QCOMPARE(ungrouped.mid(5, 3), (QStringList{u"email"_s, u"notes"_s, u"region"_s}));
    // Optional fields are folded away until asked for.
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(form.field(u"$.host"_s)->isVisible());
    QVERIFY(!form.field(u"$.email"_s)->isVisible());
    QVERIFY(!form.field(u"$.internal_version"_s)->isVisible()); // airbyte_hidden
    QVERIFY(!form.field(u"$.kind"_s)->isVisible());             // const: sent, not edited
    const auto toggles = root->optionalToggles();
    QVERIFY(!toggles.isEmpty());
    QVERIFY(toggles.first()->text().startsWith(u"Optional fields"_s));
    toggles.first()->click();
    QVERIFY(form.field(u"$.email"_s)->isVisible());
}

void tst_SpecForm::defaultConfiguration()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    const QJsonObject v = form.value();
    QCOMPARE(v.value(u"port"_s).toInteger(), 5432);
    QCOMPARE(v.value(u"region"_s).toString(), u"eu"_s);
    QCOMPARE(v.value(u"schemas"_s).toArray(), QJsonArray{u"public"_s});
    QCOMPARE(v.value(u"verbose"_s), QJsonValue(false));
    QVERIFY(!v.contains(u"dry_run"_s));      // no default, not touched
    QCOMPARE(v.value(u"internal_version"_s).toString(), u"v2"_s); // hidden keeps its default
    QCOMPARE(v.value(u"server_id"_s).toString(), u"srv-1"_s);
    QCOMPARE(v.value(u"kind"_s).toString(), u"custom"_s); // const
    QCOMPARE(v.value(u"auth"_s).toObject(), (QJsonObject{{u"auth_type"_s, u"oauth"_s}}));
    QCOMPARE(v.value(u"tunnel"_s).toObject().value(u"mode"_s).toString(), u"none"_s);
    QVERIFY(!v.contains(u"host"_s));
    QVERIFY(!v.contains(u"country"_s));
}

void tst_SpecForm::widgetKinds()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    QVERIFY(qobject_cast<gui::TextField *>(form.field(u"$.host"_s)));
    QCOMPARE(form.field(u"$.host"_s)->findChild<QLineEdit *>()->placeholderText(), u"db.example.com"_s); // examples
    QVERIFY(qobject_cast<gui::NumberField *>(form.field(u"$.port"_s)));
    QVERIFY(qobject_cast<gui::NumberField *>(form.field(u"$.ratio"_s)));
    QVERIFY(qobject_cast<gui::SecretField *>(form.field(u"$.api_key"_s)));
    QVERIFY(qobject_cast<gui::BooleanField *>(form.field(u"$.verbose"_s)));
    QVERIFY(qobject_cast<gui::TagListField *>(form.field(u"$.schemas"_s)));
    QVERIFY(qobject_cast<gui::ObjectListField *>(form.field(u"$.reports"_s)));
    QVERIFY(qobject_cast<gui::OneOfField *>(form.field(u"$.auth"_s)));
    QVERIFY(qobject_cast<gui::ObjectField *>(form.field(u"$.tunnel"_s)));
    QVERIFY(qobject_cast<gui::JsonField *>(form.field(u"$.headers"_s)));
    QVERIFY(qobject_cast<gui::TextField *>(form.field(u"$.mystery"_s))); // unknown keywords ignored
    QVERIFY(form.field(u"$.notes"_s)->findChild<QPlainTextEdit *>());    // multiline
    QVERIFY(form.field(u"$.server_id"_s)->findChild<QLineEdit *>()->isReadOnly()); // readOnly
    auto *region = qobject_cast<gui::EnumField *>(form.field(u"$.region"_s));
    auto *country = qobject_cast<gui::EnumField *>(form.field(u"$.country"_s));
    QVERIFY(region && country);
    QVERIFY(!region->comboBox()->isEditable());
    QVERIFY(country->comboBox()->isEditable()); // searchable when long
    QCOMPARE(country->comboBox()->completer()->filterMode(), Qt::MatchContains);
    // display_type radio: options as radio buttons; the airbyte_hidden option is not offered.
    const auto radios = form.field(u"$.auth"_s)->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 2);
    QCOMPARE(radios.at(0)->text(), u"OAuth"_s);
    QCOMPARE(radios.at(1)->text(), u"Password"_s);
}

void tst_SpecForm::validationPerFieldAndSummary()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    QSignalSpy validity(&form, &SpecForm::validityChanged);
    QVERIFY(!form.isValid());
    // Nothing touched: no "Required" shown yet; after a submit attempt, each field says so.
    QCOMPARE(rowOf(form.field(u"$.host"_s))->errorText(), QString());
    QCOMPARE(errorAt(form, u"$.host"_s), u"Required."_s);
    QVERIFY(form.summaryText().contains(u"$.host: is missing but it is required"_s));
    QCOMPARE(errorAt(form, u"$.auth.client_id"_s), u"Required."_s);

    auto *host = form.field(u"$.host"_s)->findChild<QLineEdit *>();
    QTest::keyClicks(host, u"db.internal"_s);
    form.field(u"$.api_key"_s)->setValue(u"k-123"_s);
    form.field(u"$.start_date"_s)->setValue(u"2024-01-31"_s);
    form.field(u"$.auth.client_id"_s)->setValue(u"cid"_s);
    form.field(u"$.auth.client_secret"_s)->setValue(u"cs"_s);
    form.validateNow();
    QVERIFY2(form.isValid(), qPrintable(form.summaryText()));
    QCOMPARE(errorAt(form, u"$.host"_s), QString());
    QCOMPARE(form.summaryText(), QString());
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toBool(), true);
    // Typing in the field validates by itself after a pause.
    host->clear();
    QTest::keyClicks(host, u" "_s);
    QTRY_VERIFY(!form.isValid());
    QCOMPARE(validity.last().at(0).toBool(), false);
}

void tst_SpecForm::patternLookBehindAndDescriptor()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    form.field(u"$.account_id"_s)->setValue(u"abc"_s);
    QCOMPARE(errorAt(form, u"$.account_id"_s), QString());
    form.field(u"$.account_id"_s)->setValue(u"ab1"_s); // look-behind (?<=[a-z]) fails
    QVERIFY2(errorAt(form, u"$.account_id"_s).contains(u"does not match the regex pattern"_s),
             qPrintable(errorAt(form, u"$.account_id"_s)));
    form.field(u"$.end_month"_s)->setValue(u"2024/01"_s);
    QCOMPARE(errorAt(form, u"$.end_month"_s), u"Must match the format YYYY-MM."_s);
    form.field(u"$.end_month"_s)->setValue(u"2024-01"_s);
    QCOMPARE(errorAt(form, u"$.end_month"_s), QString());
}

void tst_SpecForm::formatsBoundsAndLengths()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    form.field(u"$.email"_s)->setValue(u"not-an-address"_s);
    QVERIFY(errorAt(form, u"$.email"_s).contains(u"e-mail"_s));
    form.field(u"$.email"_s)->setValue(u"ops@example.com"_s);
    QCOMPARE(errorAt(form, u"$.email"_s), QString());
    form.field(u"$.start_date"_s)->setValue(u"2024-13-01"_s); // matches the pattern, not a date
    QVERIFY(errorAt(form, u"$.start_date"_s).contains(u"YYYY-MM-DD"_s));
    form.field(u"$.port"_s)->setValue(70000);
    QCOMPARE(errorAt(form, u"$.port"_s), u"must have a maximum value of 65535"_s);
    auto *ratio = qobject_cast<gui::NumberField *>(form.field(u"$.ratio"_s));
    ratio->lineEdit()->setText(u"-"_s);
    QCOMPARE(errorAt(form, u"$.ratio"_s), u"Enter a number."_s);
    ratio->lineEdit()->setText(u"0.25"_s);
    QCOMPARE(form.value().value(u"ratio"_s).toDouble(), 0.25);
    QTest::keyClicks(ratio->lineEdit(), u"x"_s); // the validator refuses letters
    QCOMPARE(ratio->lineEdit()->text(), u"0.25"_s);
    form.field(u"$.min_name"_s)->setValue(u"ab"_s);
    QCOMPARE(errorAt(form, u"$.min_name"_s), u"must be at least 3 characters long"_s);
}

void tst_SpecForm::oneOfSwitchingKeepsSharedValues()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    auto *auth = qobject_cast<gui::OneOfField *>(form.field(u"$.auth"_s));
    QCOMPARE(auth->discriminator(), u"auth_type"_s);
    QCOMPARE(auth->currentOption(), 0);
    form.field(u"$.auth.client_id"_s)->setValue(u"me"_s);
    form.field(u"$.auth.client_secret"_s)->setValue(u"s3cret"_s);
    QSignalSpy edited(&form, &SpecForm::edited);
    auth->findChildren<QRadioButton *>().at(1)->click();
    QCOMPARE(auth->currentOption(), 1);
    QCOMPARE(edited.size(), 1);
    // client_id is in both options and is kept; client_secret belongs to OAuth only and is dropped.
    QCOMPARE(form.value().value(u"auth"_s).toObject(),
             (QJsonObject{{u"auth_type"_s, u"password"_s}, {u"client_id"_s, u"me"_s}}));
    form.field(u"$.auth.password"_s)->setValue(u"pw"_s);
    QCOMPARE(errorAt(form, u"$.auth.password"_s), QString());
    auth->selectOption(0);
    QCOMPARE(form.value().value(u"auth"_s).toObject().value(u"client_id"_s).toString(), u"me"_s);
    QVERIFY(!form.value().value(u"auth"_s).toObject().contains(u"password"_s));
}

void tst_SpecForm::oneOfLoadsHiddenOption()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    QJsonObject config = form.value();
    config.insert(u"auth"_s, QJsonObject{{u"auth_type"_s, u"legacy"_s}, {u"password"_s, u"stray"_s}});
    form.setValue(config);
    auto *auth = qobject_cast<gui::OneOfField *>(form.field(u"$.auth"_s));
    QCOMPARE(auth->currentOption(), 2);
    QCOMPARE(auth->findChildren<QRadioButton *>().size(), 3); // now offered, as it is in use
    // "password" belongs to another option: not carried into this one.
    QCOMPARE(form.value().value(u"auth"_s).toObject(), (QJsonObject{{u"auth_type"_s, u"legacy"_s}}));
}

void tst_SpecForm::maskedSecretsRoundTrip()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    QJsonObject stored{{u"host"_s, u"h"_s}, {u"port"_s, 5432}, {u"api_key"_s, u"real-key"_s},
                       {u"start_date"_s, u"2024-01-01"_s},
                       {u"auth"_s, QJsonObject{{u"auth_type"_s, u"oauth"_s}, {u"client_id"_s, u"c"_s},
                                               {u"client_secret"_s, u"real-secret"_s}}}};
    const QJsonObject masked = spec::maskSecrets(sampleSpec(), stored);
    form.setValue(masked);
    auto *key = qobject_cast<gui::SecretField *>(form.field(u"$.api_key"_s));
    QVERIFY(key->isMasked());
    QVERIFY(key->lineEdit()->text().isEmpty()); // the mask is not shown as if it were the value
    QCOMPARE(form.value().value(u"api_key"_s).toString(), spec::SecretFields::mask());
    QCOMPARE(form.value().value(u"auth"_s).toObject().value(u"client_secret"_s).toString(), spec::SecretFields::mask());
    QVERIFY2(form.isValid(), qPrintable(form.summaryText()));
    QVERIFY(!form.isModified());
    // Typing replaces the mask.
    QTest::keyClicks(key->lineEdit(), u"new-key"_s);
    QVERIFY(!key->isMasked());
    QCOMPARE(form.value().value(u"api_key"_s).toString(), u"new-key"_s);
    QVERIFY(form.isModified());
    QCOMPARE(form.value().value(u"auth"_s).toObject().value(u"client_secret"_s).toString(), spec::SecretFields::mask());
}

void tst_SpecForm::secretRevealAndDraft()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    auto *key = qobject_cast<gui::SecretField *>(form.field(u"$.api_key"_s));
    QCOMPARE(key->lineEdit()->echoMode(), QLineEdit::Password);
    key->setRevealed(true);
    QCOMPARE(key->lineEdit()->echoMode(), QLineEdit::Normal);
    key->setRevealed(false);
    QCOMPARE(key->lineEdit()->echoMode(), QLineEdit::Password);
    auto *pem = qobject_cast<gui::SecretField *>(form.field(u"$.private_key"_s));
    pem->setValue(u"-----BEGIN KEY-----\nabc\n-----END KEY-----"_s);
    QCOMPARE(form.value().value(u"private_key"_s).toString(), u"-----BEGIN KEY-----\nabc\n-----END KEY-----"_s);
    form.field(u"$.host"_s)->setValue(u"h"_s);
    key->setValue(u"top-secret"_s);
    form.field(u"$.auth.client_secret"_s)->setValue(u"also-secret"_s);
    const QJsonObject draft = form.valueWithoutSecrets();
    QCOMPARE(draft.value(u"host"_s).toString(), u"h"_s);
    QVERIFY(!draft.contains(u"api_key"_s));
    QVERIFY(!draft.contains(u"private_key"_s));
    QVERIFY(!draft.value(u"auth"_s).toObject().contains(u"client_secret"_s));
    QVERIFY(!QJsonDocument(draft).toJson().contains("secret\""));
}

void tst_SpecForm::tagsAndChecklists()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    auto *tags = qobject_cast<gui::TagListField *>(form.field(u"$.schemas"_s));
    QTest::keyClicks(tags->input(), u"sales"_s);
    QTest::keyClick(tags->input(), Qt::Key_Return);
    tags->addTags(u"hr, ops"_s);
    QCOMPARE(form.value().value(u"schemas"_s).toArray(),
             (QJsonArray{u"public"_s, u"sales"_s, u"hr"_s, u"ops"_s}));
    tags->addTags(u"hr"_s);
    QCOMPARE(errorAt(form, u"$.schemas"_s), u"the items in the array must be unique"_s);
    tags->list()->setCurrentRow(4);
    tags->list()->item(4)->setSelected(true);
    QTest::keyClick(tags->list(), Qt::Key_Delete);
    QCOMPARE(form.value().value(u"schemas"_s).toArray().size(), 4);
    QCOMPARE(errorAt(form, u"$.schemas"_s), QString());
    auto *streams = qobject_cast<gui::TagListField *>(form.field(u"$.streams"_s));
    QCOMPARE(streams->list()->count(), 3);
    streams->list()->item(2)->setCheckState(Qt::Checked);
    streams->list()->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(form.value().value(u"streams"_s).toArray(), (QJsonArray{u"users"_s, u"events"_s}));
}

void tst_SpecForm::arrayOfObjects()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    form.show();
    auto *reports = qobject_cast<gui::ObjectListField *>(form.field(u"$.reports"_s));
    reports->openEditor(-1);
    auto *dialog = reports->findChild<QDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    auto *entryForm = dialog->findChild<SpecForm *>(u"entryForm"_s);
    QVERIFY(entryForm);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // name is required
    entryForm->field(u"$.name"_s)->setValue(u"weekly"_s);
    qobject_cast<gui::TagListField *>(entryForm->field(u"$.fields"_s))->addTags(u"a,b"_s);
    entryForm->validateNow();
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(!reports->findChild<QDialog *>());
    QCOMPARE(form.value().value(u"reports"_s).toArray(),
             (QJsonArray{QJsonObject{{u"name"_s, u"weekly"_s}, {u"fields"_s, QJsonArray{u"a"_s, u"b"_s}}}}));
    QCOMPARE(reports->list()->item(0)->text(), u"weekly"_s);
    reports->storeEntry(-1, QJsonObject{{u"name"_s, u"daily"_s}, {u"token"_s, u"tok"_s}});
    QCOMPARE(reports->list()->item(1)->text(), u"daily"_s); // secrets never in the summary
    // Drafts keep the entry without its secret member.
    QCOMPARE(form.valueWithoutSecrets().value(u"reports"_s).toArray().size(), 2);
    QCOMPARE(form.valueWithoutSecrets().value(u"reports"_s).toArray().at(1).toObject(),
             (QJsonObject{{u"name"_s, u"daily"_s}}));
    reports->removeEntry(0);
    QCOMPARE(form.value().value(u"reports"_s).toArray().first().toObject().value(u"name"_s).toString(), u"daily"_s);
}

void tst_SpecForm::nestedObjectsAndFreeForm()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    form.field(u"$.tunnel.ssh.host"_s)->setValue(u"bastion"_s);
    QCOMPARE(form.value().value(u"tunnel"_s).toObject().value(u"ssh"_s).toObject(),
             (QJsonObject{{u"host"_s, u"bastion"_s}, {u"port"_s, 22}}));
    auto *headers = qobject_cast<gui::JsonField *>(form.field(u"$.headers"_s));
    headers->findChild<QPlainTextEdit *>()->setPlainText(u"{\"X-Team\": \"data\"}"_s);
    QCOMPARE(form.value().value(u"headers"_s).toObject(), (QJsonObject{{u"X-Team"_s, u"data"_s}}));
    headers->findChild<QPlainTextEdit *>()->setPlainText(u"{oops"_s);
    QCOMPARE(errorAt(form, u"$.headers"_s), u"Not valid JSON."_s);
}

void tst_SpecForm::descriptionIsSanitised()
{
    const QString html = gui::DescriptionText::toHtml(
        sampleSpec().value(u"properties"_s).toObject().value(u"host"_s).toObject().value(u"description"_s).toString());
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"tracker.example.com"_s));
    QVERIFY(html.contains(u"<b>name</b>"_s));
    QVERIFY(html.contains(u"<a href=\"https://docs.example.com/host\">the docs</a>"_s));
    QVERIFY(html.contains(u"<a href=\"https://guide.example.com\">guide</a>"_s));
    QVERIFY2(html.contains(u"<a href=\"https://bare.example.com/x\">https://bare.example.com/x</a>."_s), qPrintable(html));
    QCOMPARE(gui::DescriptionText::toHtml(u"<a href=\"javascript:alert(1)\">x</a> & <i onclick=\"y\">z</i>"_s),
             u"x &amp; <i>z</i>"_s);
    QCOMPARE(gui::DescriptionText::toHtml(u"1 < 2 > 0"_s), u"1 &lt; 2 &gt; 0"_s);
}

void tst_SpecForm::accessibleNamesOnEveryInput()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    QStringList unnamed;
    const auto widgets = form.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w)
                           || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QListWidget *>(w)
                           || qobject_cast<QRadioButton *>(w);
        if (!input || qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // the line edit inside an editable combo box is named through the combo
        if (w->accessibleName().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u" in "_s
                           + QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    QCOMPARE(form.field(u"$.host"_s)->findChild<QLineEdit *>()->accessibleName(), u"Host"_s);
}

void tst_SpecForm::roundTripOfSample()
{
    SpecForm form;
    QVERIFY(form.setSpecification(sampleSpec()));
    form.field(u"$.host"_s)->setValue(u"h"_s);
    form.field(u"$.dry_run"_s)->setValue(true);
    form.field(u"$.country"_s)->setValue(u"Country 07"_s);
    const QJsonObject v = form.value();
    QJsonObject withExtra = v;
    withExtra.insert(u"unknown_key"_s, 7); // keys the spec does not describe are kept
    SpecForm other;
    QVERIFY(other.setSpecification(sampleSpec()));
    other.setValue(withExtra);
    QCOMPARE(other.value(), withExtra);
    other.setValue(v);
    QCOMPARE(other.value(), v);
}

void tst_SpecForm::snapshotsForPeople()
{
    // With AIRDESK_SCREENSHOT_DIR set: the sample form and a deeply nested real one, every
    // optional section open and every problem revealed, for a person to look at.
    const QString dir = qEnvironmentVariable("AIRDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("AIRDESK_SCREENSHOT_DIR not set");
    const QList<QPair<QString, QJsonObject>> specs{
        {u"form-sample"_s, sampleSpec()},
        {u"form-google-analytics"_s,
         readJson(QStringLiteral(AIRDESK_SHARED_DIR "/connectors/specs/source-google-analytics-data-api.json"))}};
    for (const auto &[name, spec] : specs) {
        if (spec.isEmpty())
            continue;
        SpecForm form;
        QVERIFY(form.setSpecification(spec));
        form.setMinimumWidth(720);
        form.show();
        for (QToolButton *t : form.findChildren<QToolButton *>())
            if (t->text().startsWith(u"Optional fields"_s))
                t->setChecked(true);
        form.revealAllIssues();
        form.resize(720, form.sizeHint().height());
        QTest::qWait(50);
        form.grab().save(dir + u'/' + name + u".png"_s);
        // The deepest nesting of real specs lives in the entries of an array of objects.
        if (auto *reports = qobject_cast<gui::ObjectListField *>(form.field(u"$.custom_reports_array"_s))) {
            reports->openEditor(-1);
            auto *dialog = reports->findChild<QDialog *>();
            QVERIFY(dialog);
            for (QToolButton *t : dialog->findChildren<QToolButton *>())
                if (t->text().startsWith(u"Optional fields"_s))
                    t->setChecked(true);
            dialog->resize(760, 1400);
            QTest::qWait(50);
            dialog->grab().save(dir + u'/' + name + u"-entry.png"_s);
            dialog->reject();
        }
    }
}

void tst_SpecForm::realSpecs_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(AIRDESK_SHARED_DIR "/connectors/specs"));
    if (!dir.exists())
        QSKIP("../shared/connectors/specs is absent: the real-spec sweep needs the shared reference data");
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void tst_SpecForm::realSpecs()
{
    QFETCH(QString, file);
    QElapsedTimer timer;
    timer.start();
    const QJsonObject spec = readJson(file);
    QVERIFY2(!spec.isEmpty(), "spec does not parse");
    SpecForm form;
    QString error;
    QVERIFY2(form.setSpecification(spec, &error), qPrintable(error));
    // Every top-level property has an input (hidden ones included).
    const QJsonObject properties = spec.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        QVERIFY2(form.field(u"$."_s + it.key()), qPrintable(it.key()));
    const QJsonObject defaults = form.value();
    form.setValue(defaults);
    QCOMPARE(form.value(), defaults);
    form.validateNow();
    // Every issue is reported at a path inside the configuration.
    for (const auto &issue : form.issues())
        QVERIFY2(issue.path.startsWith(u'$'), qPrintable(issue.message));
    // A second load keeps the form stable (no growth, same value).
    form.setValue(form.value());
    QCOMPARE(form.value(), defaults);
    m_realSpecMs += timer.elapsed();
    ++m_realSpecCount;
}

void tst_SpecForm::cleanupTestCase()
{
    if (m_realSpecCount > 0)
        qInfo("real specs: %d built, round-tripped and validated in %lld ms", m_realSpecCount, m_realSpecMs);
}

QTEST_MAIN(tst_SpecForm)
#include "tst_SpecForm.moc"
