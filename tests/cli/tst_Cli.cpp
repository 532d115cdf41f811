// airdesk-cli as a script sees it: the real executable, credentials from the environment,
// talking to an in-process sandbox over loopback; exit codes, output and what never leaks.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::test::SandboxFixture;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageAndVersion_data();
    void usageAndVersion();
    void credentialsOnlyFromTheEnvironment();
    void workspace();
    void sourcesAndSecrets();
    void duplicatesAndSafeMode();
    void connections();
    void cronSchedules();
    void jobsRunAndWatch();
    void jobFailureAndTimeoutExitCodes();
    void definitions();
    void definitionsValidateAgainstSchema();
    void cronCheckOffline();
    void connectorsAndArtifacts();

private:
    CliRun run(const QStringList &args, SandboxFixture *fixture = nullptr, int timeoutMs = 60000);
    QString writeFile(const QString &name, const QByteArray &content);
    std::unique_ptr<SandboxFixture> m_f;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_extraEnv;
};

void tst_Cli::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>(QStringList{u"--job-failure-rate"_s, u"0"_s, u"--job-duration-ms"_s, u"1500"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
    QVERIFY(m_dir.isValid());
}

QString tst_Cli::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

CliRun tst_Cli::run(const QStringList &args, SandboxFixture *fixture, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(u"AIRBYTE_"_s))
            env.remove(key);
    QStringList all;
    if (fixture) {
        const auto &options = fixture->server().options();
        env.insert(u"AIRBYTE_CLOUD_CLIENT_ID"_s, options.clientId);
        env.insert(u"AIRBYTE_CLOUD_CLIENT_SECRET"_s, options.clientSecret);
        env.insert(u"AIRBYTE_CLOUD_WORKSPACE_ID"_s, fixture->workspaceId());
        env.insert(u"AIRBYTE_CLOUD_API_URL"_s, fixture->server().publicApiRoot().toString());
    }
    // Hermetic schema lookup: no user cache, no variable from outside, and no download from
    // the internet (the URL refuses connections) unless a test says otherwise.
    env.remove(u"AIRDESK_DECLARATIVE_SCHEMA"_s);
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    env.insert(u"AIRDESK_DECLARATIVE_SCHEMA_URL"_s, u"http://127.0.0.1:1/declarative_component_schema.yaml"_s);
    for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AIRDESK_CLI_EXE), args);
    // The sandbox lives in this process: keep its event loop turning while the CLI runs.
    (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    CliRun r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    if (fixture) {
        const QString secret = fixture->server().options().clientSecret;
        if (r.out.contains(secret) || r.err.contains(secret))
            r.exitCode = -3; // a secret reached the terminal: fail whatever the test checks
    }
    return r;
}

void tst_Cli::usageAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("version") << QStringList{u"--version"_s} << 0 << u"airdesk-cli "_s;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"jobs run CONNECTION_ID"_s;
    QTest::newRow("nothing") << QStringList{} << 2 << u"Usage"_s;
    QTest::newRow("unknown command") << QStringList{u"widgets"_s, u"list"_s} << 2 << u"unknown command"_s;
    QTest::newRow("unknown option") << QStringList{u"sources"_s, u"list"_s, u"--frob"_s} << 2 << u"--frob"_s;
    QTest::newRow("option of another command") << QStringList{u"sources"_s, u"list"_s, u"--cron"_s, u"x"_s} << 2
                                               << u"does not apply"_s;
    QTest::newRow("missing argument") << QStringList{u"jobs"_s, u"show"_s} << 2 << u"usage"_s;
}

void tst_Cli::usageAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, text);
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, code);
    QVERIFY2(QString(r.out + r.err).contains(text), qPrintable(QString(r.out + r.err)));
}

void tst_Cli::credentialsOnlyFromTheEnvironment()
{
    const CliRun none = run({u"workspace"_s, u"check"_s});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(u"AIRBYTE_CLOUD_CLIENT_ID"_s));
    // There is no flag for a secret.
    QCOMPARE(run({u"--client-secret"_s, u"x"_s, u"workspace"_s, u"check"_s}).exitCode, 2);
    // --sandbox needs nothing at all.
    const CliRun sandbox = run({u"--sandbox"_s, u"workspace"_s, u"check"_s});
    QCOMPARE(sandbox.exitCode, 0);
    QVERIFY(sandbox.out.startsWith(u"ok"_s));
    // A CA bundle that cannot be used stops before any request, naming the file.
    const CliRun badBundle = run({u"--sandbox"_s, u"--ca-bundle"_s, u"/nonexistent/ca.pem"_s, u"workspace"_s, u"check"_s});
    QCOMPARE(badBundle.exitCode, 2);
    QVERIFY2(badBundle.err.contains(u"--ca-bundle"_s) && badBundle.err.contains(u"/nonexistent/ca.pem"_s),
             qPrintable(badBundle.err));
    // A real one adds trust and changes nothing else (the sandbox speaks plain HTTP).
    const CliRun goodBundle = run({u"--sandbox"_s, u"--ca-bundle"_s,
                                   QStringLiteral(AIRDESK_SOURCE_DIR) + u"/tests/data/tls/localhost-cert.pem"_s,
                                   u"workspace"_s, u"check"_s});
    QCOMPARE(goodBundle.exitCode, 0);
}

void tst_Cli::workspace()
{
    const CliRun check = run({u"workspace"_s, u"check"_s}, m_f.get());
    QCOMPARE(check.exitCode, 0);
    const CliRun show = run({u"--json"_s, u"workspace"_s, u"show"_s}, m_f.get());
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.json().toObject().value(u"workspaceId"_s).toString(), m_f->workspaceId());
    QVERIFY(show.json().toObject().contains(u"organization"_s));
    const CliRun wrong = run({u"--workspace-id"_s, u"00000000-0000-0000-0000-000000000000"_s, u"workspace"_s,
                              u"check"_s}, m_f.get());
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains(u"404"_s));
    QVERIFY(!wrong.err.contains(u"{"_s)); // one readable line, not raw JSON
}

void tst_Cli::sourcesAndSecrets()
{
    const CliRun list = run({u"--json"_s, u"sources"_s, u"list"_s}, m_f.get());
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().toArray().size(), 12);
    const CliRun table = run({u"sources"_s, u"list"_s, u"--name"_s, u"Payments"_s}, m_f.get());
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.trimmed().split(u'\n').size(), 2); // header + one row

    const QString config = writeFile(u"pg.json"_s, R"({"host":"db","port":5432,"database":"d","username":"u","password":"pw-Zq9-hidden"})");
    const CliRun deployed = run({u"--json"_s, u"sources"_s, u"deploy"_s, u"--name"_s, u"PG CLI"_s, u"--type"_s,
                                 u"postgres"_s, u"--config"_s, config}, m_f.get());
    QCOMPARE(deployed.exitCode, 0);
    const QString id = deployed.json().toObject().value(u"sourceId"_s).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(!deployed.out.contains(u"pw-Zq9-hidden"_s));
    const CliRun shown = run({u"sources"_s, u"show"_s, id}, m_f.get());
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(u"**********"_s));
    QVERIFY(!shown.out.contains(u"pw-Zq9-hidden"_s));
    QCOMPARE(run({u"sources"_s, u"rename"_s, id, u"PG renamed"_s}, m_f.get()).exitCode, 0);
    const QString patch = writeFile(u"patch.yaml"_s, "port: 6543\n");
    QCOMPARE(run({u"sources"_s, u"update-config"_s, id, u"--config"_s, patch}, m_f.get()).exitCode, 0);
    QCOMPARE(m_f->server().context().store.sources.find(id)->configuration.value(u"port"_s).toInt(), 6543);
    QCOMPARE(run({u"sources"_s, u"check"_s, id}, m_f.get()).exitCode, 0);
    const QString broken = writeFile(u"broken.yaml"_s, "host: [unclosed\n");
    const CliRun bad = run({u"sources"_s, u"update-config"_s, id, u"--config"_s, broken}, m_f.get());
    QCOMPARE(bad.exitCode, 3);
    QVERIFY(bad.err.contains(u"line"_s));
}

void tst_Cli::duplicatesAndSafeMode()
{
    const QString config = writeFile(u"faker.json"_s, "{}");
    const QStringList deploy = {u"--json"_s, u"sources"_s, u"deploy"_s, u"--name"_s, u"Twice"_s, u"--type"_s,
                                u"faker"_s, u"--config"_s, config};
    QCOMPARE(run(deploy, m_f.get()).exitCode, 0);
    const qsizetype before = m_f->server().context().store.sources.size();
    const CliRun again = run(deploy, m_f.get());
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(m_f->server().context().store.sources.size(), before); // no second create
    QCOMPARE(run(deploy + QStringList{u"--allow-duplicate"_s}, m_f.get()).exitCode, 0);

    const CliRun created = run({u"--json"_s, u"sources"_s, u"deploy"_s, u"--name"_s, u"Keep me"_s, u"--type"_s,
                                u"faker"_s, u"--config"_s, config}, m_f.get());
    const QString id = created.json().toObject().value(u"sourceId"_s).toString();
    const CliRun refused = run({u"sources"_s, u"delete"_s, id}, m_f.get());
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(m_f->server().context().store.sources.find(id));
    QCOMPARE(run({u"sources"_s, u"delete"_s, id, u"--no-safe-mode"_s}, m_f.get()).exitCode, 0);
    QVERIFY(!m_f->server().context().store.sources.find(id));
}

void tst_Cli::connections()
{
    const QJsonArray sources = run({u"--json"_s, u"sources"_s, u"list"_s, u"--name"_s, u"Marketing events"_s}, m_f.get()).json().toArray();
    const QJsonArray destinations = run({u"--json"_s, u"destinations"_s, u"list"_s}, m_f.get()).json().toArray();
    QVERIFY(!sources.isEmpty() && !destinations.isEmpty());
    const QString sourceId = sources.first().toObject().value(u"sourceId"_s).toString();
    const QString destinationId = destinations.first().toObject().value(u"destinationId"_s).toString();
    const CliRun created = run({u"--json"_s, u"connections"_s, u"deploy"_s, u"--name"_s, u"CLI connection delete-me"_s,
                                u"--source"_s, sourceId, u"--destination"_s, destinationId, u"--streams"_s,
                                u"users,products"_s, u"--prefix"_s, u"cli_"_s}, m_f.get());
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString id = created.json().toObject().value(u"connectionId"_s).toString();
    const CliRun shown = run({u"connections"_s, u"show"_s, id}, m_f.get());
    QVERIFY(shown.out.contains(u"users, products"_s));
    QCOMPARE(run({u"connections"_s, u"set-streams"_s, id, u"purchases"_s}, m_f.get()).exitCode, 0);
    QCOMPARE(run({u"connections"_s, u"set-prefix"_s, id, u"x_"_s}, m_f.get()).exitCode, 0);
    QCOMPARE(run({u"connections"_s, u"disable"_s, id}, m_f.get()).exitCode, 0);
    QCOMPARE(m_f->server().context().store.connections.find(id)->status, u"inactive"_s);
    QCOMPARE(run({u"connections"_s, u"enable"_s, id}, m_f.get()).exitCode, 0);
    const auto *stored = m_f->server().context().store.connections.find(id);
    QCOMPARE(stored->status, u"active"_s);
    QCOMPARE(stored->prefix, u"x_"_s);
    QCOMPARE(stored->streams.size(), 1);
    const CliRun list = run({u"connections"_s, u"list"_s}, m_f.get());
    QVERIFY(list.out.contains(u"CLI connection delete-me"_s));
    QCOMPARE(run({u"connections"_s, u"delete"_s, id}, m_f.get()).exitCode, 0); // the name allows it
    QVERIFY(!m_f->server().context().store.connections.find(id));
}

void tst_Cli::cronSchedules()
{
    const QString id = run({u"--json"_s, u"connections"_s, u"list"_s}, m_f.get()).json().toArray().first().toObject()
                           .value(u"connectionId"_s).toString();
    const CliRun ok = run({u"connections"_s, u"schedule"_s, id, u"--cron"_s, u"0 30 2 * * ?"_s}, m_f.get());
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains(u"0 30 2 * * ?"_s));
    const CliRun unix = run({u"connections"_s, u"schedule"_s, id, u"--cron"_s, u"0 0 * * *"_s}, m_f.get());
    QCOMPARE(unix.exitCode, 3);
    QVERIFY2(unix.err.contains(u"0 0 0 * * ?"_s), qPrintable(unix.err)); // the Quartz form is offered
    QCOMPARE(m_f->server().context().store.connections.find(id)->cronExpression, u"0 30 2 * * ?"_s);
    QCOMPARE(run({u"connections"_s, u"schedule"_s, id, u"--manual"_s}, m_f.get()).exitCode, 0);
    QCOMPARE(run({u"connections"_s, u"schedule"_s, id}, m_f.get()).exitCode, 2);
}

void tst_Cli::jobsRunAndWatch()
{
    const QString id = run({u"--json"_s, u"connections"_s, u"list"_s}, m_f.get()).json().toArray().at(1).toObject()
                           .value(u"connectionId"_s).toString();
    const CliRun ran = run({u"--json"_s, u"jobs"_s, u"run"_s, id, u"--wait-timeout"_s, u"60"_s}, m_f.get());
    QCOMPARE(ran.exitCode, 0);
    const qint64 jobId = ran.json().toObject().value(u"jobId"_s).toInteger();
    QCOMPARE(ran.json().toObject().value(u"status"_s).toString(), u"succeeded"_s);
    const CliRun shown = run({u"jobs"_s, u"show"_s, QString::number(jobId)}, m_f.get());
    QVERIFY(shown.out.contains(u"succeeded"_s));
    const CliRun attempts = run({u"jobs"_s, u"attempts"_s, QString::number(jobId)}, m_f.get());
    QCOMPARE(attempts.exitCode, 0);
    QVERIFY(attempts.out.contains(u"ATTEMPT"_s));
    const CliRun logs = run({u"jobs"_s, u"logs"_s, QString::number(jobId), u"--attempt"_s, u"0"_s}, m_f.get());
    QCOMPARE(logs.exitCode, 0);
    QVERIFY(logs.out.contains(u"START REPLICATION"_s));
    const CliRun newest = run({u"--json"_s, u"jobs"_s, u"list"_s, id, u"--limit"_s, u"1"_s}, m_f.get());
    QCOMPARE(newest.json().toArray().first().toObject().value(u"jobId"_s).toInteger(), jobId);
    const CliRun oldest = run({u"--json"_s, u"jobs"_s, u"list"_s, id, u"--limit"_s, u"1"_s, u"--oldest-first"_s},
                              m_f.get());
    QVERIFY(oldest.json().toArray().first().toObject().value(u"jobId"_s).toInteger() < jobId);
    const CliRun noWait = run({u"--json"_s, u"jobs"_s, u"run"_s, id, u"--no-wait"_s}, m_f.get());
    QCOMPARE(noWait.exitCode, 0);
    const CliRun conflict = run({u"jobs"_s, u"run"_s, id, u"--no-wait"_s}, m_f.get());
    QCOMPARE(conflict.exitCode, 1);
    QVERIFY2(conflict.err.contains(u"already running"_s), qPrintable(conflict.err));
    const QString running = QString::number(noWait.json().toObject().value(u"jobId"_s).toInteger());
    QCOMPARE(run({u"jobs"_s, u"cancel"_s, running}, m_f.get()).exitCode, 0);
    QCOMPARE(run({u"jobs"_s, u"show"_s, u"not-a-number"_s}, m_f.get()).exitCode, 2);
}

void tst_Cli::jobFailureAndTimeoutExitCodes()
{
    SandboxFixture failing({u"--job-failure-rate"_s, u"1"_s, u"--job-duration-ms"_s, u"1000"_s});
    const QString id = run({u"--json"_s, u"connections"_s, u"list"_s}, &failing).json().toArray().first().toObject()
                           .value(u"connectionId"_s).toString();
    QCOMPARE(run({u"jobs"_s, u"run"_s, id}, &failing).exitCode, 4);
    SandboxFixture slow({u"--job-duration-ms"_s, u"600000"_s});
    const QString slowId = run({u"--json"_s, u"connections"_s, u"list"_s}, &slow).json().toArray().first().toObject()
                               .value(u"connectionId"_s).toString();
    const CliRun timedOut = run({u"jobs"_s, u"run"_s, slowId, u"--wait-timeout"_s, u"3"_s}, &slow);
    QCOMPARE(timedOut.exitCode, 5);
    // The global --timeout bounds any command.
    const QString otherId = run({u"--json"_s, u"connections"_s, u"list"_s}, &slow).json().toArray().at(1).toObject()
                                .value(u"connectionId"_s).toString();
    QCOMPARE(run({u"--timeout"_s, u"2"_s, u"jobs"_s, u"run"_s, otherId}, &slow).exitCode, 5);
}

void tst_Cli::definitions()
{
    const QByteArray manifest = "version: 6.0.0\ntype: DeclarativeSource\ncheck:\n  type: CheckStream\n  stream_names: [items]\n"
                                "streams:\n  - type: DeclarativeStream\n    name: items\n"
                                "    retriever:\n      requester:\n        url_base: https://api.example.invalid\n"
                                "      record_selector:\n        extractor:\n          field_path: []\n"
                                "spec:\n  type: Spec\n  connection_specification:\n    type: object\n"
                                "    properties:\n      api_key:\n        type: string\n        airbyte_secret: true\n";
    const QString good = writeFile(u"good.yaml"_s, manifest);
    QCOMPARE(run({u"definitions"_s, u"validate"_s, good}).exitCode, 0);
    const QString noSpec = writeFile(u"nospec.yaml"_s, "version: 6.0.0\ntype: DeclarativeSource\nstreams: []\n");
    const CliRun invalid = run({u"definitions"_s, u"validate"_s, noSpec});
    QCOMPARE(invalid.exitCode, 3);
    QVERIFY(invalid.out.contains(u"connection_specification"_s));
    const QString badYaml = writeFile(u"bad.yaml"_s, "version: 6.0.0\nstreams:\n  - name: a\n - name: b\n");
    const CliRun yamlError = run({u"definitions"_s, u"validate"_s, badYaml});
    QCOMPARE(yamlError.exitCode, 3);
    QVERIFY2(yamlError.out.startsWith(badYaml + u":4:2: (root): "_s), qPrintable(yamlError.out)); // FILE:LINE:COL

    const QString values = writeFile(u"values.json"_s, R"({"api_key":"tv-Zq9-hidden"})");
    const CliRun published = run({u"--json"_s, u"definitions"_s, u"publish"_s, u"--name"_s, u"CLI API delete-me"_s,
                                  u"--manifest"_s, good, u"--testing-values"_s, values}, m_f.get());
    QCOMPARE(published.exitCode, 0);
    const QString id = published.json().toObject().value(u"id"_s).toString();
    QVERIFY(!published.out.contains(u"tv-Zq9-hidden"_s));
    QCOMPARE(run({u"definitions"_s, u"publish"_s, u"--name"_s, u"CLI API delete-me"_s, u"--manifest"_s, good},
                 m_f.get()).exitCode, 1); // duplicate name
    const CliRun updated = run({u"--json"_s, u"definitions"_s, u"update"_s, id, u"--manifest"_s, good}, m_f.get());
    QCOMPARE(updated.json().toObject().value(u"version"_s).toInt(), 2);
    const CliRun listed = run({u"definitions"_s, u"list"_s}, m_f.get());
    QVERIFY(listed.out.contains(u"CLI API delete-me"_s));
    QCOMPARE(run({u"definitions"_s, u"delete"_s, id}, m_f.get()).exitCode, 0);
}

void tst_Cli::definitionsValidateAgainstSchema()
{
    const QString schema = QStringLiteral(AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml");
    const QString broken = QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/manifests/broken/unknown_paginator.yaml");
    const QString valid = QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/manifests/valid/pets.yaml");
    // No schema anywhere and the download refused: structural checks, and it says so.
    const CliRun offline = run({u"definitions"_s, u"validate"_s, valid});
    QCOMPARE(offline.exitCode, 0);
    QVERIFY2(offline.out.contains(valid + u": note: schema not available: structural checks only"_s), qPrintable(offline.out));
    QVERIFY(offline.out.contains(u"Could not download the schema"_s));
    QVERIFY(offline.out.contains(valid + u": valid"_s));
    // A schema named but missing is an error, not a silent fallback.
    const CliRun missing = run({u"definitions"_s, u"validate"_s, valid, u"--schema"_s, u"/nonexistent/schema.yaml"_s});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains(u"/nonexistent/schema.yaml"_s));
    if (!QFile::exists(schema))
        QSKIP("No declarative component schema at " AIRDESK_SHARED_DIR "/airbyte");
    const CliRun invalid = run({u"definitions"_s, u"validate"_s, broken, u"--schema"_s, schema});
    QCOMPARE(invalid.exitCode, 3);
    QVERIFY2(invalid.out.contains(broken + u":13:7: streams[0].retriever.paginator: unknown component type "
                                           u"'PagePaginator'; expected one of: DefaultPaginator, NoPagination\n"_s),
             qPrintable(invalid.out));
    QVERIFY(invalid.out.contains(broken + u":1:1: (root): missing 'spec' with 'connection_specification'"_s));
    QVERIFY(!invalid.out.contains(u"note:"_s));
    const CliRun json = run({u"--json"_s, u"definitions"_s, u"validate"_s, broken, u"--schema"_s, schema});
    const QJsonObject result = json.json().toObject();
    QCOMPARE(result.value(u"valid"_s).toBool(), false);
    QCOMPARE(result.value(u"schemaChecked"_s).toBool(), true);
    QCOMPARE(result.value(u"errors"_s).toArray().size(), 2);
    // The environment variable works like --schema.
    m_extraEnv.insert(u"AIRDESK_DECLARATIVE_SCHEMA"_s, schema);
    const CliRun fromEnv = run({u"definitions"_s, u"validate"_s, valid});
    m_extraEnv.clear();
    QCOMPARE(fromEnv.exitCode, 0);
    QCOMPARE(fromEnv.out.trimmed(), valid + u": valid"_s);
    // Publishing runs the same validation first and sends nothing when it fails.
    QFile pets(valid);
    QVERIFY(pets.open(QIODevice::ReadOnly));
    const QString badPets = writeFile(u"bad-pets.yaml"_s, pets.readAll().replace("type: DefaultPaginator", "type: PagePaginator"));
    const CliRun refused = run({u"definitions"_s, u"publish"_s, u"--name"_s, u"Refused"_s, u"--manifest"_s, badPets,
                                u"--schema"_s, schema},
                               m_f.get());
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(u"streams[0].retriever.paginator: unknown component type 'PagePaginator'"_s),
             qPrintable(refused.err + refused.out));
    QVERIFY(!run({u"definitions"_s, u"list"_s}, m_f.get()).out.contains(u"Refused"_s));
}

void tst_Cli::cronCheckOffline()
{
    const CliRun ok = run({u"cron"_s, u"check"_s, u"0 0 12 ? * MON-FRI"_s, u"--from"_s, u"2026-01-01T00:00:00Z"_s,
                           u"--count"_s, u"3"_s, u"--tz"_s, u"Europe/Berlin"_s});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.contains(u"2026-01-01 12:00:00"_s), qPrintable(ok.out)); // a Thursday
    QVERIFY(ok.out.contains(u"2026-01-02 12:00:00"_s));
    QVERIFY(ok.out.contains(u"2026-01-05 12:00:00"_s));
    const CliRun unix = run({u"cron"_s, u"check"_s, u"0 */6 * * *"_s});
    QCOMPARE(unix.exitCode, 3);
    QVERIFY(unix.out.contains(u"Quartz"_s));
    const CliRun json = run({u"--json"_s, u"cron"_s, u"check"_s, u"*/30 * * * * ?"_s});
    QCOMPARE(json.exitCode, 3); // valid Quartz, but seconds must be a plain number for Airbyte
    QCOMPARE(json.json().toObject().value(u"quartzValid"_s).toBool(), true);
    QCOMPARE(json.json().toObject().value(u"airbyteValid"_s).toBool(), false);
    QCOMPARE(run({u"cron"_s, u"check"_s, u"0 0 12 * * ?"_s, u"--tz"_s, u"Mars/Olympus"_s}).exitCode, 3);
}

void tst_Cli::connectorsAndArtifacts()
{
    const CliRun sources = run({u"--json"_s, u"connectors"_s, u"list"_s, u"--sources"_s}, m_f.get());
    QCOMPARE(sources.exitCode, 0);
    QVERIFY(sources.json().toArray().size() >= 7);
    QCOMPARE(run({u"connectors"_s, u"list"_s}, m_f.get()).exitCode, 2);
    const CliRun spec = run({u"connectors"_s, u"spec"_s, u"25c5221d-dce2-4163-ade9-739ef790f503"_s}, m_f.get());
    QCOMPARE(spec.exitCode, 0);
    QVERIFY(spec.json().toObject().contains(u"properties"_s));
    const QString id = run({u"--json"_s, u"connections"_s, u"list"_s}, m_f.get()).json().toArray().first().toObject()
                           .value(u"connectionId"_s).toString();
    const CliRun state = run({u"connections"_s, u"state"_s, id}, m_f.get());
    QCOMPARE(state.exitCode, 0);
    QVERIFY(state.json().toObject().contains(u"stateType"_s));
    const CliRun catalog = run({u"connections"_s, u"catalog"_s, id}, m_f.get());
    QCOMPARE(catalog.exitCode, 0);
    QVERIFY(!catalog.json().toObject().value(u"streams"_s).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
