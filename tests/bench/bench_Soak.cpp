// Soak run (issue 10): the main window and its session against an airdesk-sandbox process that
// injects faults into ~5 % of requests, driven by a mix of operations for a long time (default
// 30 minutes). Reports once a minute: operations done and failed (by error kind), this process's
// current RSS, and the longest event-loop stall. Fails (exit 1) on a stuck operation (no answer
// within two minutes), a refresh whose busy state never ends, or a sandbox that dies.
// Usage: bench_Soak [seconds=1800] [fault-rate-per-kind=0.0045] [concurrency=3]
#include "SandboxProcess.h"
#include "api/ApiRoots.h"
#include "api/Credentials.h"
#include "api/WorkspaceSession.h"
#include "api/services/ActorService.h"
#include "api/services/ConnectionService.h"
#include "api/services/JobService.h"
#include "gui/MainWindow.h"
#include "gui/workspace/ResourceView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace airdesk;

namespace {

/// This process's resident set now (not the peak): what a leak would make grow.
double currentRssMiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

bool startSandbox(bench::SandboxProcess &s, double rate)
{
    const QString r = QString::number(rate);
    // Every fault kind the sandbox can stage, each at `rate`: 11 kinds × 0.0045 ≈ 5 % of requests.
    const QString faults = QStringList{u"429"_s, u"500"_s, u"502"_s, u"503"_s, u"504"_s, u"timeout"_s, u"reset"_s,
                                       u"malformed"_s, u"truncated"_s, u"html"_s, u"slow"_s}
                               .join(u':' + r + u',') + u':' + r;
    s.process.setStandardErrorFile(QProcess::nullDevice()); // its request log: thousands of lines
    std::printf("sandbox: faults %s\n", qPrintable(faults));
    return s.start({u"--job-duration-ms"_s, u"3000"_s, u"--slow-ms"_s, u"3000"_s, u"--faults"_s, faults,
                    u"--latency-ms"_s, u"20"_s});
}

/// One operation in flight: what it is and when it started.
struct Pending
{
    QString name;
    qint64 startedMs = 0;
};

class Soak final : public QObject
{
public:
    Soak(gui::MainWindow *window, api::WorkspaceSession *session, int concurrency)
        : m_window(window)
        , m_session(session)
        , m_concurrency(concurrency)
    {
        m_clock.start();
    }

    /// Starts operations until `concurrency` are in flight.
    void topUp()
    {
        while (m_pending.size() < m_concurrency)
            startOne();
    }

    /// The oldest operation still waiting, in ms (0 when none).
    qint64 oldestPendingMs() const
    {
        qint64 oldest = 0;
        for (const Pending &p : m_pending)
            oldest = std::max(oldest, m_clock.elapsed() - p.startedMs);
        return oldest;
    }
    QString oldestPendingName() const
    {
        qint64 oldest = -1;
        QString name;
        for (const Pending &p : m_pending)
            if (m_clock.elapsed() - p.startedMs > oldest) {
                oldest = m_clock.elapsed() - p.startedMs;
                name = p.name;
            }
        return name;
    }
    int pending() const { return int(m_pending.size()); }
    int done() const { return m_done; }
    int failed() const { return m_failed; }
    const QMap<QString, int> &failures() const { return m_failures; }

private:
    using Finish = std::function<void(const api::ApiError &)>;

    Finish begin(const QString &name)
    {
        const quint64 id = m_nextId++;
        m_pending.insert(id, {name, m_clock.elapsed()});
        return [this, id, name](const api::ApiError &error) {
            if (!m_pending.remove(id))
                return; // answered twice: counted once (and reported below)
            ++m_done;
            if (error.isError()) {
                ++m_failed;
                ++m_failures[name + u": "_s + error.title];
            }
        };
    }

    QString randomId(const QStringList &ids) const
    {
        return ids.isEmpty() ? QString() : ids.at(QRandomGenerator::global()->bounded(int(ids.size())));
    }

    void startOne()
    {
        switch (QRandomGenerator::global()->bounded(8)) {
        case 0: { // the window's own refresh (F5): its busy state must end
            auto finish = begin(u"refresh"_s);
            m_window->refreshAll();
            auto *poll = new QTimer(this);
            poll->setInterval(100);
            connect(poll, &QTimer::timeout, this, [this, poll, finish] {
                if (m_window->isLoading())
                    return;
                poll->deleteLater();
                finish({});
            });
            poll->start();
            break;
        }
        case 1:
            listSources();
            break;
        case 2:
            listConnections();
            break;
        case 3: { // rename a source
            const QString id = randomId(m_sourceIds);
            if (id.isEmpty())
                return startListing();
            auto finish = begin(u"rename"_s);
            m_session->sources().rename(id, u"Soak %1"_s.arg(m_nextId), this,
                                        [finish](const domain::Actor &, const api::ApiError &e) { finish(e); });
            break;
        }
        case 4: { // run a sync (409 while one runs is an answer too)
            const QString id = randomId(m_connectionIds);
            if (id.isEmpty())
                return startListing();
            auto finish = begin(u"run sync"_s);
            m_session->jobs().runSync(id, this, [this, finish](const domain::Job &job, const api::ApiError &e) {
                if (!e.isError())
                    m_lastJobId = job.jobId;
                finish(e);
            });
            break;
        }
        case 5: { // a job with its attempts and logs
            if (m_lastJobId <= 0)
                return startListing();
            auto finish = begin(u"job info"_s);
            m_session->jobs().jobInfo(m_lastJobId, this,
                                      [finish](const domain::JobInfo &, const api::ApiError &e) { finish(e); });
            break;
        }
        case 6: { // create a source, then delete it
            auto finish = begin(u"create+delete"_s);
            m_session->sources().deploy(
                u"soak-delete-me %1"_s.arg(m_nextId), u"faker"_s, QJsonObject{{u"count"_s, 10}}, {}, this,
                [this, finish](const domain::Actor &actor, const api::ApiError &e) {
                    if (e.isError()) {
                        finish(e);
                        return;
                    }
                    m_session->sources().remove(actor.id, false, this, finish);
                });
            break;
        }
        default: { // select a connection row: the detail pane and its history load
            auto finish = begin(u"select row"_s);
            QTableView *table = m_window->connectionsView()->table();
            const int rows = table->model()->rowCount();
            if (rows > 0)
                table->selectRow(QRandomGenerator::global()->bounded(rows));
            QTimer::singleShot(500, this, [finish] { finish({}); });
            break;
        }
        }
    }

    /// Lists sources (or connections), remembering their ids for the operations that need one.
    void listSources()
    {
        auto finish = begin(u"list sources"_s);
        auto ids = std::make_shared<QStringList>();
        m_session->sources().list(
            {}, this, [ids](const QList<domain::Actor> &rows) {
                for (const auto &row : rows)
                    ids->append(row.id);
            },
            [this, ids, finish](int, const api::ApiError &error) {
                if (!error.isError())
                    m_sourceIds = *ids;
                finish(error);
            });
    }

    void listConnections()
    {
        auto finish = begin(u"list connections"_s);
        auto ids = std::make_shared<QStringList>();
        m_session->connections().list(
            {}, this, [ids](const QList<domain::Connection> &rows) {
                for (const auto &row : rows)
                    ids->append(row.connectionId);
            },
            [this, ids, finish](int, const api::ApiError &error) {
                if (!error.isError())
                    m_connectionIds = *ids;
                finish(error);
            });
    }

    /// An operation that needs ids nobody has listed yet lists them instead.
    void startListing()
    {
        listConnections();
        if (m_sourceIds.isEmpty())
            listSources();
    }

    gui::MainWindow *m_window;
    api::WorkspaceSession *m_session;
    int m_concurrency;
    QElapsedTimer m_clock;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    int m_done = 0;
    int m_failed = 0;
    QMap<QString, int> m_failures;
    QStringList m_sourceIds;
    QStringList m_connectionIds;
    qint64 m_lastJobId = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"airdesk.*.debug=false\nairdesk.*.info=false\nairdesk.*.warning=false"_s);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(u"AirdeskSoak"_s);

    const QStringList args = app.arguments();
    const int seconds = args.size() > 1 ? args.at(1).toInt() : 1800;
    const double rate = args.size() > 2 ? args.at(2).toDouble() : 0.0045;
    const int concurrency = args.size() > 3 ? args.at(3).toInt() : 3;

    bench::SandboxProcess sandbox;
    if (!startSandbox(sandbox, rate)) {
        std::fprintf(stderr, "could not start %s\n", AIRDESK_SANDBOX_EXE);
        return 1;
    }
    const auto roots = api::ApiRoots::make(sandbox.publicRoot);
    auto session = std::make_unique<api::WorkspaceSession>(
        *roots, api::Credentials::clientCredentials(sandbox.clientId, sandbox.clientSecret), sandbox.workspaceId);
    auto window = std::make_unique<gui::MainWindow>();
    window->resize(1200, 760);
    window->show();
    window->setSession(session.get(), u"Soak"_s);

    Soak soak(window.get(), session.get(), concurrency);
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 stallThisMinute = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.elapsed();
        stallThisMinute = std::max(stallThisMinute, now - lastTick);
        lastTick = now;
    });
    probe.start();

    int exitCode = 0;
    double startRss = 0;
    std::printf("%-6s %8s %8s %10s %12s\n", "minute", "ops", "failed", "RSS MiB", "max stall ms");
    QTimer driver;
    driver.setInterval(250);
    QObject::connect(&driver, &QTimer::timeout, &driver, [&] {
        soak.topUp();
        if (soak.oldestPendingMs() > 120000) {
            std::fprintf(stderr, "stuck: '%s' has had no answer for %lld s\n", qPrintable(soak.oldestPendingName()),
                         static_cast<long long>(soak.oldestPendingMs() / 1000));
            exitCode = 1;
            QCoreApplication::quit();
        }
        if (sandbox.process.state() != QProcess::Running) {
            std::fprintf(stderr, "the sandbox process ended\n");
            exitCode = 1;
            QCoreApplication::quit();
        }
    });
    int minute = 0;
    QTimer reporter;
    reporter.setInterval(60000);
    QObject::connect(&reporter, &QTimer::timeout, &reporter, [&] {
        ++minute;
        const double rss = currentRssMiB();
        if (minute == 1)
            startRss = rss; // after the first load and warm-up: the baseline a leak grows from
        std::printf("%-6d %8d %8d %10.1f %12lld\n", minute, soak.done(), soak.failed(), rss,
                    static_cast<long long>(stallThisMinute));
        std::fflush(stdout);
        stallThisMinute = 0;
    });
    // At the end no new operation starts; what is in flight must finish and the window's busy
    // state must end (a stuck spinner would not) within two minutes.
    qint64 drainedAfterMs = -1;
    QTimer drain;
    drain.setInterval(100);
    QElapsedTimer drainClock;
    QObject::connect(&drain, &QTimer::timeout, &drain, [&] {
        if (soak.pending() == 0 && !window->isLoading()) {
            drainedAfterMs = drainClock.elapsed();
            QCoreApplication::quit();
        } else if (drainClock.elapsed() > 120000) {
            std::fprintf(stderr, "stuck at the end: '%s' pending, window loading: %s\n",
                         qPrintable(soak.oldestPendingName()), window->isLoading() ? "yes" : "no");
            exitCode = 1;
            QCoreApplication::quit();
        }
    });
    QTimer::singleShot(qint64(seconds) * 1000, &app, [&] {
        driver.stop();
        drainClock.start();
        drain.start();
    });
    driver.start();
    reporter.start();
    QCoreApplication::exec();

    const double endRss = currentRssMiB();
    std::printf("operations: %d answered, %d of them failed after the client's retries\n", soak.done(), soak.failed());
    for (auto it = soak.failures().cbegin(); it != soak.failures().cend(); ++it)
        std::printf("  %5d  %s\n", it.value(), qPrintable(it.key()));
    std::printf("RSS: %.1f MiB after minute 1, %.1f MiB at the end (%+.1f MiB)\n", startRss, endRss, endRss - startRss);
    std::printf("after the last operation started: everything answered and the window idle in %lld ms\n",
                static_cast<long long>(drainedAfterMs));
    window.reset();
    session.reset();
    sandbox.process.kill();
    sandbox.process.waitForFinished(5000);
    return exitCode;
}
