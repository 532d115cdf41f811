// Every request kind the app sends against every fault a network or server can stage: the client
// retries only where that is safe, never repeats a create, answers exactly once with one clear
// error when it gives up, keeps the event loop turning, and leaves a table model consistent.
// Prints the matrix (rows: request kinds, columns: faults); any failed cell fails the suite.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/TokenProvider.h"
#include "api/services/ActorService.h"
#include "api/services/JobService.h"
#include "models/ActorTableModel.h"
#include "models/ResourceLoader.h"
#include "sandbox/SandboxContext.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::test::SandboxFixture;

namespace {

enum class Kind { ListPage, Get, Create, Patch, Delete, RunSync, TokenFetch, ConfigCall };
enum class Fault { F429, F500, F502, F503, F504, Timeout, Reset, Truncated, Malformed, WrongType, Expired401, Refused, Slow };

const QList<Kind> kKinds = {Kind::ListPage, Kind::Get,     Kind::Create,     Kind::Patch,
                            Kind::Delete,   Kind::RunSync, Kind::TokenFetch, Kind::ConfigCall};
// Expired401 last: it moves the sandbox clock forward.
const QList<Fault> kFaults = {Fault::F429,     Fault::F500,      Fault::F502,    Fault::F503,  Fault::F504,
                              Fault::Timeout,  Fault::Reset,     Fault::Truncated, Fault::Malformed,
                              Fault::WrongType, Fault::Refused,  Fault::Slow,    Fault::Expired401};

constexpr int kRetries = 2;
constexpr int kTimeoutCapMs = 1000;
constexpr int kSlowMs = 300;
constexpr int kExtraSources = 230; // three pages of 100
constexpr qint64 kMaxEventLoopGapMs = 500;

QString kindName(Kind kind)
{
    static const QStringList names = {u"list page"_s, u"get"_s,        u"create"_s,     u"patch"_s,
                                      u"delete"_s,    u"run sync"_s,   u"token fetch"_s, u"config api"_s};
    return names.at(int(kind));
}

QString faultName(Fault fault)
{
    static const QStringList names = {u"429"_s,   u"500"_s,      u"502"_s,      u"503"_s,   u"504"_s,
                                      u"timeout"_s, u"reset"_s,  u"truncated"_s, u"malformed"_s, u"html"_s,
                                      u"401-exp"_s, u"refused"_s, u"slow"_s};
    return names.at(int(fault));
}

/// The sandbox fault kind staging `fault`, or empty when it is staged otherwise.
QString sandboxFault(Fault fault)
{
    switch (fault) {
    case Fault::Expired401:
    case Fault::Refused:
        return {};
    default:
        return faultName(fault);
    }
}

bool isSafe(Kind kind)
{
    // Creates and sync starts are never repeated; a token fetch is repeatable because nothing
    // reached the API yet.
    return kind != Kind::Create && kind != Kind::RunSync;
}

bool isTransient(Fault fault)
{
    switch (fault) {
    case Fault::F429:
    case Fault::F502:
    case Fault::F503:
    case Fault::F504:
    case Fault::Timeout:
    case Fault::Reset:
    case Fault::Truncated:
    case Fault::Refused:
        return true;
    default:
        return false;
    }
}

ApiError::Kind expectedErrorKind(Fault fault)
{
    switch (fault) {
    case Fault::F429:
        return ApiError::Kind::RateLimited;
    case Fault::F500:
    case Fault::F502:
    case Fault::F503:
    case Fault::F504:
        return ApiError::Kind::Server;
    case Fault::Timeout:
        return ApiError::Kind::Timeout;
    case Fault::Reset:
    case Fault::Truncated:
    case Fault::Refused:
        return ApiError::Kind::Network;
    case Fault::Malformed:
    case Fault::WrongType:
        return ApiError::Kind::InvalidResponse;
    default:
        return ApiError::Kind::None;
    }
}

bool expectSuccess(Kind kind, Fault fault)
{
    if (fault == Fault::Expired401 || fault == Fault::Slow)
        return true;
    // A DELETE answers 204 without a body: nothing to garble or cut.
    return kind == Kind::Delete && (fault == Fault::Malformed || fault == Fault::Truncated);
}

/// Requests the operation itself is expected to send.
int expectedRequests(Kind kind, Fault fault)
{
    if (fault == Fault::Expired401)
        return kind == Kind::TokenFetch ? 1 : 2; // one refresh; the rejected request and its replay
    if (expectSuccess(kind, fault))
        return 1;
    if (!isTransient(fault) || !isSafe(kind))
        return 1;
    // Qt's HTTP layer itself sends a repeatable request once more when a kept-alive connection
    // drops before any answer; creates are protected from that (ApiClient's OneShotBody).
    return 1 + kRetries + (fault == Fault::Reset ? 1 : 0);
}

/// The largest pause of the event loop while a cell runs: the client must never block it.
class LoopWatch final
{
public:
    LoopWatch()
    {
        m_clock.start();
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_maxGap = std::max(m_maxGap, m_clock.restart());
        });
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
};

/// How one operation ended, as its callbacks told it.
struct Observed
{
    int callbacks = 0;
    ApiError error;
};

} // namespace

class tst_FaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matrix();
    void cleanupTestCase();

private:
    QString runCell(Kind kind, Fault fault);
    std::unique_ptr<api::ApiClient> client(Fault fault, Kind kind);
    QString targetPath(Kind kind, const QString &id) const;
    QByteArray targetMethod(Kind kind) const;
    int serverCount(qsizetype from, const QByteArray &method, const QString &path) const;
    QString freshSource(const QString &name);

    std::unique_ptr<SandboxFixture> m_fixture;
    QUrl m_deadRoot;
    QStringList m_connections; // one per RunSync cell, each without a running job
    qint64 m_jobId = 0;
    int m_sourceCounter = 0;
};

void tst_FaultMatrix::initTestCase()
{
    m_fixture = std::make_unique<SandboxFixture>(QStringList{u"--slow-ms"_s, QString::number(kSlowMs)});
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->startError()));
    m_fixture->server().setRequestLogEnabled(true);

    // A port nobody listens on: bind one, then let it go.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_deadRoot = QUrl(u"http://127.0.0.1:%1/api/public/v1"_s.arg(probe.serverPort()));
    probe.close();

    // Enough sources for a list of several pages.
    auto &sources = m_fixture->server().context().store.sources;
    const auto seeded = sources.ordered();
    QVERIFY(!seeded.empty());
    const sandbox::ActorRecord model = *seeded.front();
    for (int i = 0; i < kExtraSources; ++i) {
        sandbox::ActorRecord r = model;
        r.id = m_fixture->server().context().newId();
        r.name = u"Bulk source %1"_s.arg(i);
        r.createdAt = model.createdAt + i + 1;
        sources.insert(r.id, r);
    }

    const QString source = test::createFakerSource(*m_fixture, u"Sync source"_s);
    const QString destination = test::createDuckDbDestination(*m_fixture);
    QVERIFY(!source.isEmpty() && !destination.isEmpty());
    for (int i = 0; i < kFaults.size(); ++i) {
        const QString id = test::createConnection(*m_fixture, source, destination, u"Matrix %1"_s.arg(i));
        QVERIFY(!id.isEmpty());
        m_connections.append(id);
    }
    const auto reply = m_fixture->call("POST", u"/jobs"_s,
                                       {{u"connectionId"_s, m_connections.constFirst()}, {u"jobType"_s, u"sync"_s}});
    m_jobId = reply.object().value(u"jobId"_s).toInteger();
    QVERIFY2(m_jobId > 0, reply.body.constData());
    // That job is done long before the RunSync cells start, so the connection is free again.
    m_fixture->advance(3600);
}

void tst_FaultMatrix::cleanupTestCase()
{
    m_fixture.reset();
}

QString tst_FaultMatrix::freshSource(const QString &name)
{
    auto &context = m_fixture->server().context();
    sandbox::ActorRecord r = *context.store.sources.ordered().front();
    r.id = context.newId();
    r.name = name;
    context.store.sources.insert(r.id, r);
    return r.id;
}

std::unique_ptr<api::ApiClient> tst_FaultMatrix::client(Fault fault, Kind kind)
{
    std::unique_ptr<api::ApiClient> c;
    if (fault == Fault::Refused) {
        const auto roots = api::ApiRoots::make(m_deadRoot.toString());
        // A bearer token, so the operation's own request is what meets the closed port; the
        // token-fetch row needs client credentials to fetch one.
        const auto credentials = kind == Kind::TokenFetch
                                     ? api::Credentials::clientCredentials(u"id"_s, u"secret"_s)
                                     : api::Credentials::bearer(m_fixture->token());
        c = std::make_unique<api::ApiClient>(*roots, credentials);
    } else {
        c = test::makeClient(*m_fixture);
    }
    c->setRetryPolicy({kRetries, 10, 40});
    c->setTimeoutCapMs(kTimeoutCapMs);
    return c;
}

QByteArray tst_FaultMatrix::targetMethod(Kind kind) const
{
    switch (kind) {
    case Kind::ListPage:
    case Kind::Get:
        return "GET";
    case Kind::Patch:
        return "PATCH";
    case Kind::Delete:
        return "DELETE";
    default:
        return "POST";
    }
}

QString tst_FaultMatrix::targetPath(Kind kind, const QString &id) const
{
    switch (kind) {
    case Kind::ListPage:
    case Kind::Create:
        return u"/sources"_s;
    case Kind::Get:
    case Kind::Patch:
    case Kind::Delete:
        return u"/sources/"_s + id;
    case Kind::RunSync:
        return u"/jobs"_s;
    case Kind::TokenFetch:
        return u"/applications/token"_s;
    case Kind::ConfigCall:
        return u"/jobs/get"_s;
    }
    return {};
}

int tst_FaultMatrix::serverCount(qsizetype from, const QByteArray &method, const QString &path) const
{
    const auto &log = m_fixture->server().requestLog();
    int n = 0;
    for (qsizetype i = from; i < log.size(); ++i)
        n += log.at(i).method == method && log.at(i).path == path ? 1 : 0;
    return n;
}

QString tst_FaultMatrix::runCell(Kind kind, Fault fault)
{
    QStringList problems;
    auto check = [&problems](bool ok, const QString &what) {
        if (!ok)
            problems.append(what);
    };
    auto &server = m_fixture->server();
    auto &store = server.context().store;
    const QString ws = m_fixture->workspaceId();
    const int cell = int(kind) * 100 + int(fault);

    // Resources the operation works on, made before any fault is staged.
    QString id;
    if (kind == Kind::Get || kind == Kind::Patch || kind == Kind::Delete)
        id = freshSource(u"Cell %1"_s.arg(cell));
    const QString connectionId = m_connections.at(kFaults.indexOf(fault));
    const QString createdName = u"Created in cell %1"_s.arg(cell);

    // The list case starts from a model filled without faults.
    auto setupClient = test::makeClient(*m_fixture);
    api::ActorService setupSources(setupClient.get(), ws, domain::ActorKind::Source);
    models::ActorTableModel model;
    models::ResourceLoader loader;
    int loaderFinished = 0;
    int loaderFailed = 0;
    QObject::connect(&loader, &models::ResourceLoader::finished, &loader, [&loaderFinished] { ++loaderFinished; });
    QObject::connect(&loader, &models::ResourceLoader::failed, &loader, [&loaderFailed] { ++loaderFailed; });
    QSet<QString> before;
    if (kind == Kind::ListPage) {
        loader.loadSources(&setupSources, &model);
        if (!QTest::qWaitFor([&] { return loaderFinished + loaderFailed > 0; }, 20000) || loaderFailed)
            return u"setup: the list did not load without faults"_s;
        for (int r = 0; r < model.rowCount(); ++r)
            before.insert(model.actorAt(r).id);
        loaderFinished = loaderFailed = 0;
    }

    auto c = client(fault, kind);
    // The token is fetched before the fault is staged (except where the fetch is the target).
    if (kind != Kind::TokenFetch && fault != Fault::Refused) {
        const auto warm = test::callAndWait(*c, api::ApiRequest::get(u"/workspaces/"_s + ws));
        if (warm.error.isError())
            return u"setup: "_s + warm.error.message();
    }
    if (kind == Kind::TokenFetch && fault == Fault::Expired401) {
        const auto warm = test::callAndWait(*c, api::ApiRequest::get(u"/workspaces/"_s + ws));
        if (warm.error.isError())
            return u"setup: "_s + warm.error.message();
    }

    const QString path = targetPath(kind, id);
    const QByteArray method = targetMethod(kind);
    const QString prefix = kind == Kind::ConfigCall ? u"/api/v1"_s : u"/api/public/v1"_s;
    const QString faultKind = sandboxFault(fault);
    if (!faultKind.isEmpty()) {
        // Aimed at the operation's endpoint only: the list of GET /sources must not catch a
        // GET /sources/{id}, so those cells aim at the exact id path (a longer prefix).
        QString spec = faultKind + u'@' + QString::fromLatin1(method) + u' ' + prefix + path;
        server.setFaultRates({{spec, 1.0}}, quint32(cell));
    }
    if (fault == Fault::Expired401)
        m_fixture->advance(3600); // the server forgets every token issued so far

    const qsizetype logStart = server.requestLog().size();
    const int sentBefore = c->requestsSent();
    const int fetchesBefore = c->tokens().fetchCount();
    const qsizetype sourcesBefore = store.sources.size();
    const qsizetype jobsBefore = store.jobs.size();

    api::ActorService sources(c.get(), ws, domain::ActorKind::Source);
    api::JobService jobs(c.get(), ws);
    QObject context;
    auto observed = std::make_shared<Observed>();
    auto onError = [observed](const ApiError &error) {
        ++observed->callbacks;
        observed->error = error;
    };
    LoopWatch watch;
    switch (kind) {
    case Kind::ListPage:
        loader.loadSources(&sources, &model);
        break;
    case Kind::Get:
        sources.get(id, &context, [onError](const domain::Actor &, const ApiError &e) { onError(e); });
        break;
    case Kind::Create:
        sources.deploy(createdName, u"faker"_s, {}, api::DeployOptions{false, false}, &context,
                       [onError](const domain::Actor &, const ApiError &e) { onError(e); });
        break;
    case Kind::Patch:
        sources.rename(id, u"Renamed %1"_s.arg(cell), &context,
                       [onError](const domain::Actor &, const ApiError &e) { onError(e); });
        break;
    case Kind::Delete:
        sources.remove(id, false, &context, onError);
        break;
    case Kind::RunSync:
        jobs.runSync(connectionId, &context, [onError](const domain::Job &, const ApiError &e) { onError(e); });
        break;
    case Kind::TokenFetch:
        sources.get(store.sources.ordered().front()->id, &context,
                    [onError](const domain::Actor &, const ApiError &e) { onError(e); });
        break;
    case Kind::ConfigCall:
        jobs.jobInfo(m_jobId, &context, [onError](const domain::JobInfo &, const ApiError &e) { onError(e); });
        break;
    }
    auto finished = [&] {
        return kind == Kind::ListPage ? loaderFinished + loaderFailed > 0 : observed->callbacks > 0;
    };
    if (!QTest::qWaitFor(finished, 30000))
        return u"no answer within 30 s"_s;
    QTest::qWait(150); // a second answer would come now
    server.setFaultRates({});

    // Exactly one answer.
    if (kind == Kind::ListPage) {
        check(loaderFinished + loaderFailed == 1, u"the loader ended %1 times"_s.arg(loaderFinished + loaderFailed));
        observed->error = loaderFailed ? ApiError::configuration(u"list failed"_s) : ApiError();
        observed->callbacks = 1;
    }
    check(observed->callbacks == 1, u"%1 callbacks"_s.arg(observed->callbacks));
    check(watch.maxGapMs() < kMaxEventLoopGapMs, u"event loop stalled %1 ms"_s.arg(watch.maxGapMs()));

    const bool success = expectSuccess(kind, fault);
    check(success != (kind == Kind::ListPage ? loaderFailed > 0 : observed->error.isError()),
          success ? u"failed: "_s + observed->error.message() : u"succeeded, expected an error"_s);
    if (!success && kind != Kind::ListPage) {
        const ApiError &e = observed->error;
        check(e.kind == expectedErrorKind(fault), u"error kind %1"_s.arg(int(e.kind)));
        const QString message = e.message();
        check(!message.isEmpty() && !message.contains(u'<'), u"message not clear: "_s + message);
        check(fault == Fault::Refused || !e.requestId.isEmpty() || kind == Kind::TokenFetch,
              u"no request id in the error"_s);
    }

    // Retried only where safe, as often as the policy says.
    const int expected = expectedRequests(kind, fault);
    const int sent = fault == Fault::Refused
                         ? (kind == Kind::TokenFetch ? c->tokens().fetchCount() - fetchesBefore
                                                     : c->requestsSent() - sentBefore)
                         : serverCount(logStart, method, path);
    if (kind != Kind::ListPage || !success)
        check(sent == expected, u"%1 requests, expected %2"_s.arg(sent).arg(expected));

    // Creates happen at most once; the store agrees with the answer.
    if (kind == Kind::Create) {
        int made = 0;
        for (const auto *r : store.sources.ordered())
            made += r->name == createdName ? 1 : 0;
        check(made <= 1, u"%1 sources created"_s.arg(made));
        check(!success || made == 1, u"success without a created source"_s);
        check(store.sources.size() - sourcesBefore == made, u"other sources appeared"_s);
    }
    if (kind == Kind::RunSync) {
        const qsizetype started = store.jobs.size() - jobsBefore;
        check(started <= 1, u"%1 jobs started"_s.arg(started));
        check(!success || started == 1, u"success without a started job"_s);
    }
    if (kind == Kind::Delete)
        check(success == (store.sources.find(id) == nullptr), u"the store disagrees with the answer"_s);

    // The model: no phantom row, no duplicate, nothing lost by a failed refresh.
    if (kind == Kind::ListPage) {
        QSet<QString> after;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString rowId = model.actorAt(r).id;
            check(store.sources.find(rowId) != nullptr, u"phantom row "_s + rowId);
            after.insert(rowId);
        }
        check(after.size() == model.rowCount(), u"duplicate rows"_s);
        if (success) {
            QSet<QString> inStore;
            for (const auto *r : store.sources.ordered())
                if (r->workspaceId == ws)
                    inStore.insert(r->id);
            check(after == inStore, u"rows differ from the store after a good load"_s);
        } else {
            check(after == before, u"a failed refresh changed the rows"_s);
        }
        check(!loader.isLoading(), u"the loader still shows a spinner"_s);
    }
    if (!problems.isEmpty())
        return problems.join(u"; "_s);
    return {};
}

void tst_FaultMatrix::matrix()
{
    QHash<QPair<int, int>, QString> results;
    QStringList failures;
    QElapsedTimer total;
    total.start();
    for (Fault fault : kFaults) {
        for (Kind kind : kKinds) {
            const QString problem = runCell(kind, fault);
            results.insert({int(kind), int(fault)}, problem);
            if (!problem.isEmpty())
                failures.append(u"%1 x %2: %3"_s.arg(kindName(kind), faultName(fault), problem));
        }
    }

    QString table = u"\n%1"_s.arg(QString(), -12);
    for (Fault fault : kFaults)
        table += u"%1"_s.arg(faultName(fault), -10);
    for (Kind kind : kKinds) {
        table += u"\n%1"_s.arg(kindName(kind), -12);
        for (Fault fault : kFaults)
            table += u"%1"_s.arg(results.value({int(kind), int(fault)}).isEmpty() ? u"PASS"_s : u"FAIL"_s, -10);
    }
    table += u"\n%1 cells, %2 failed, %3 s\n"_s.arg(kKinds.size() * kFaults.size())
                 .arg(failures.size())
                 .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1);
    std::fputs(table.toUtf8().constData(), stdout);
    for (const QString &failure : std::as_const(failures))
        std::fprintf(stdout, "FAIL %s\n", failure.toUtf8().constData());
    std::fflush(stdout);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_FaultMatrix.moc"
