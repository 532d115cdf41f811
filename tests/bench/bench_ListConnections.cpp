// Benchmark: listing 10,000 connections from a sandbox that delays every answer by 50 ms,
// with ListFetcher (first page alone, then pages ahead in parallel) against a plain
// sequential limit/offset loop, in the same process. Reports medians, the ratio, and when the
// first rows arrived (in round trips).
// Usage: bench_ListConnections [connections] [latency-ms] [runs]
#include "api/ApiClient.h"
#include "api/ListFetcher.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace airdesk;

namespace {

struct Run
{
    double totalMs = 0;
    double firstRowsMs = 0;
    int rows = 0;
    int requests = 0;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

Run concurrent(api::ApiClient &client)
{
    Run run;
    api::ListFetcher fetcher(&client, api::ApiRequest::get(u"/connections"_s));
    QElapsedTimer timer;
    bool done = false;
    QObject::connect(&fetcher, &api::ListFetcher::rowsArrived, &fetcher, [&](const QJsonArray &rows) {
        if (run.rows == 0)
            run.firstRowsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        run.rows += static_cast<int>(rows.size());
    });
    QObject::connect(&fetcher, &api::ListFetcher::finished, &fetcher, [&](int) { done = true; });
    QObject::connect(&fetcher, &api::ListFetcher::failed, &fetcher, [&](const api::ApiError &e) {
        qFatal("list failed: %s", qPrintable(e.message()));
    });
    timer.start();
    fetcher.start();
    (void)QTest::qWaitFor([&] { return done; }, 120000);
    run.totalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    run.requests = fetcher.requestsSent();
    return run;
}

Run sequential(api::ApiClient &client)
{
    Run run;
    QElapsedTimer timer;
    bool done = false;
    QObject context;
    std::function<void(int)> next = [&](int offset) {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"100"_s);
        query.addQueryItem(u"offset"_s, QString::number(offset));
        ++run.requests;
        client.send(api::ApiRequest::get(u"/connections"_s, query), &context,
                    [&, offset](const api::ApiResponse &response, const api::ApiError &error) {
                        if (error.isError())
                            qFatal("list failed: %s", qPrintable(error.message()));
                        const QJsonObject page = response.json.toObject();
                        const QJsonArray rows = page.value(u"data"_s).toArray();
                        if (run.rows == 0 && !rows.isEmpty())
                            run.firstRowsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                        run.rows += static_cast<int>(rows.size());
                        if (rows.size() < 100 || page.value(u"next"_s).toString().isEmpty())
                            done = true;
                        else
                            next(offset + 100);
                    });
    };
    timer.start();
    next(0);
    (void)QTest::qWaitFor([&] { return done; }, 300000);
    run.totalMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"airdesk.*.debug=false"_s);
    const QStringList args = app.arguments();
    const int connections = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int latency = args.size() > 2 ? args.at(2).toInt() : 50;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 3;
    QString error;
    const auto options = sandbox::SandboxOptions::parse(
        {u"--scale"_s, u"connections=%1,sources=50,destinations=10"_s.arg(connections), u"--latency-ms"_s,
         QString::number(latency), u"--bearer-token"_s, u"bench"_s},
        &error);
    sandbox::SandboxServer server(*options);
    if (!server.start(&error))
        qFatal("%s", qPrintable(error));
    const auto roots = api::ApiRoots::make(server.publicApiRoot().toString());
    api::ApiClient client(*roots, api::Credentials::bearer(u"bench"_s));

    QList<double> seqTotal, seqFirst, conTotal, conFirst;
    Run lastSeq, lastCon;
    for (int i = 0; i < runs; ++i) {
        lastSeq = sequential(client);
        lastCon = concurrent(client);
        seqTotal.append(lastSeq.totalMs);
        seqFirst.append(lastSeq.firstRowsMs);
        conTotal.append(lastCon.totalMs);
        conFirst.append(lastCon.firstRowsMs);
    }
    QTextStream out(stdout);
    out << "listing " << connections << " connections, " << latency << " ms latency per request, " << runs
        << " runs (medians)\n";
    out << "  sequential limit/offset: " << median(seqTotal) << " ms, " << lastSeq.requests << " requests, "
        << lastSeq.rows << " rows, first rows after " << median(seqFirst) << " ms\n";
    out << "  ListFetcher:             " << median(conTotal) << " ms, " << lastCon.requests << " requests, "
        << lastCon.rows << " rows, first rows after " << median(conFirst) << " ms ("
        << median(conFirst) / latency << " x latency)\n";
    out << "  speed-up: " << median(seqTotal) / median(conTotal) << "x (target >= 4x)\n";
    return 0;
}
