// SpecForm::valueWithoutSecrets, what drafts on disk hold: secret members are left out and
// nothing else, also inside entries of arrays of objects and nested oneOf options; fields
// marked secret as a whole (arrays, free-form objects) are left out entirely. Uses the
// project's own sample tests/data/specs/draft-secrets.json.
#include "gui/forms/SpecForm.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;

namespace {

QJsonObject draftSpec()
{
    QFile f(QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/draft-secrets.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

const QByteArray Full = R"({
  "host": "db.example.com",
  "accounts": [{"name": "first", "token": "tok-SECRET-1", "region": "eu"},
               {"name": "second", "token": "tok-SECRET-2"}],
  "auth": {"auth_type": "oauth", "client_id": "cid-7", "client_secret": "cs-SECRET-3",
           "tunnel": {"mode": "ssh_password", "tunnel_host": "bastion.example.com",
                      "tunnel_password": "tp-SECRET-4"}},
  "api_keys": ["ak-SECRET-5", "ak-SECRET-6"],
  "service_account": {"private_key": "pk-SECRET-7", "client_email": "sa@example.com"}
})";

} // namespace

class tst_DraftValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEverythingButSecrets();
    void draftRestoresOverAnEmptyForm();
};

void tst_DraftValues::keepsEverythingButSecrets()
{
    gui::SpecForm form;
    QVERIFY(form.setSpecification(draftSpec()));
    form.setValue(json(Full));
    QCOMPARE(form.value(), json(Full)); // the form holds it all
    const QJsonObject draft = form.valueWithoutSecrets();
    QCOMPARE(draft, json(R"({
      "host": "db.example.com",
      "accounts": [{"name": "first", "region": "eu"}, {"name": "second"}],
      "auth": {"auth_type": "oauth", "client_id": "cid-7",
               "tunnel": {"mode": "ssh_password", "tunnel_host": "bastion.example.com"}}
    })"));
    QVERIFY(!QJsonDocument(draft).toJson().contains("SECRET"));
}

void tst_DraftValues::draftRestoresOverAnEmptyForm()
{
    gui::SpecForm form;
    QVERIFY(form.setSpecification(draftSpec()));
    form.setValue(json(Full));
    const QJsonObject draft = form.valueWithoutSecrets();
    gui::SpecForm again;
    QVERIFY(again.setSpecification(draftSpec()));
    again.setValue(draft);
    const QJsonObject restored = again.value();
    QCOMPARE(restored.value(u"accounts"_s).toArray().size(), 2);
    QCOMPARE(restored.value(u"accounts"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"first"_s);
    QCOMPARE(restored.value(u"auth"_s).toObject().value(u"tunnel"_s).toObject().value(u"tunnel_host"_s).toString(),
             u"bastion.example.com"_s);
    // The secrets have to be typed again: the form says so.
    again.validateNow();
    QVERIFY(!again.isValid());
    QStringList paths;
    for (const auto &issue : again.issues())
        paths.append(issue.path);
    QVERIFY2(paths.contains(u"$.accounts[0].token"_s), qPrintable(paths.join(u", "_s)));
    QVERIFY2(paths.contains(u"$.auth.client_secret"_s), qPrintable(paths.join(u", "_s)));
}

QTEST_MAIN(tst_DraftValues)
#include "tst_DraftValues.moc"
