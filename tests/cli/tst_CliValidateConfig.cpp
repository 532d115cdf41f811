// `airdesk-cli connectors validate-config`: the real executable, offline, on the project's
// own sample spec: exit 0 when valid, 3 with one line per problem, 2 on usage errors.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliValidateConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validConfig();
    void oneLinePerError();
    void lookBehindPatterns();
    void badInput_data();
    void badInput();

private:
    struct Run
    {
        int code = -1;
        QStringList lines;
        QString err;
    };
    Run run(const QStringList &args);
    QString write(const QString &name, const QJsonObject &object);

    QTemporaryDir m_dir;
    QString m_spec;
};

void tst_CliValidateConfig::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_spec = QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/form-keywords.json");
    QVERIFY(QFile::exists(m_spec));
}

QString tst_CliValidateConfig::write(const QString &name, const QJsonObject &object)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(object).toJson());
    return f.fileName();
}

tst_CliValidateConfig::Run tst_CliValidateConfig::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(u"AIRBYTE_"_s))
            env.remove(key); // offline: no credentials needed or used
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AIRDESK_CLI_EXE), args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

namespace {

QJsonObject validConfigObject()
{
    return {{u"host"_s, u"db"_s}, {u"port"_s, 5432}, {u"api_key"_s, u"k"_s}, {u"start_date"_s, u"2024-01-01"_s},
            {u"auth"_s, QJsonObject{{u"auth_type"_s, u"oauth"_s}, {u"client_id"_s, u"c"_s}, {u"client_secret"_s, u"s"_s}}}};
}

} // namespace

void tst_CliValidateConfig::validConfig()
{
    const Run r = run({u"connectors"_s, u"validate-config"_s, u"--spec"_s, m_spec, u"--config"_s,
                       write(u"ok.json"_s, validConfigObject())});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.lines, QStringList{u"valid"_s});
}

void tst_CliValidateConfig::oneLinePerError()
{
    QJsonObject config = validConfigObject();
    config.remove(u"host"_s);
    config.insert(u"port"_s, 70000);
    config.insert(u"region"_s, u"mars"_s);
    const Run r = run({u"connectors"_s, u"validate-config"_s, u"--spec"_s, m_spec, u"--config"_s,
                       write(u"bad.json"_s, config)});
    QCOMPARE(r.code, 3);
    QCOMPARE(r.lines.size(), 3);
    QVERIFY(r.lines.contains(u"$.host: is missing but it is required"_s));
    QVERIFY(r.lines.contains(u"$.port: must have a maximum value of 65535"_s));
    QVERIFY(r.lines.contains(u"$.region: does not have a value in the enumeration [eu, us, ap]"_s));
}

void tst_CliValidateConfig::lookBehindPatterns()
{
    QJsonObject config = validConfigObject();
    config.insert(u"account_id"_s, u"abc"_s);
    QCOMPARE(run({u"connectors"_s, u"validate-config"_s, u"--spec"_s, m_spec, u"--config"_s,
                  write(u"lb-ok.json"_s, config)}).code, 0);
    config.insert(u"account_id"_s, u"ab1"_s);
    const Run r = run({u"connectors"_s, u"validate-config"_s, u"--spec"_s, m_spec, u"--config"_s,
                       write(u"lb-bad.json"_s, config)});
    QCOMPARE(r.code, 3);
    QCOMPARE(r.lines.size(), 1);
    QVERIFY(r.lines.first().startsWith(u"$.account_id: does not match the regex pattern"_s));
}

void tst_CliValidateConfig::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString config = QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/form-keywords.json");
    QTest::newRow("no options") << QStringList{} << 2 << u"usage: connectors validate-config"_s;
    QTest::newRow("missing spec file") << QStringList{u"--spec"_s, u"/nonexistent/spec.json"_s, u"--config"_s, config}
                                       << 3 << u"/nonexistent/spec.json"_s;
    QTest::newRow("spec not an object")
        << QStringList{u"--spec"_s, QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/not-an-object.json"),
                       u"--config"_s, config}
        << 3 << u"not an object schema"_s;
}

void tst_CliValidateConfig::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(QStringList{u"connectors"_s, u"validate-config"_s} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_MAIN(tst_CliValidateConfig)
#include "tst_CliValidateConfig.moc"
