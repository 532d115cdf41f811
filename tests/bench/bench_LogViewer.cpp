// How fast the log model opens and searches a 200 MB / 2,000,000-line Airbyte-like log.
//
//   bench_LogViewer [--runs N] [--lines N] [--keep PATH]
//
// Generates the log (structured PyAirbyte lines, formatted lines with ANSI colours, warnings,
// errors with stack traces), writes it to a temporary file, then per run:
//   open   openFile() until loaded() and the first 60 rows decoded (the mapped-file path), and
//          setBytes() for the same text already in memory (the API path);
//   stall  the longest gap between two ticks of a 1 ms timer on the main thread during open;
//   search all matches of a rare phrase and of a common word, until searchFinished().
// Prints each run and the medians. Targets: open < 1.5 s, search < 0.5 s.
#include "models/logs/LogModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using airdesk::models::LogModel;

namespace {

QByteArray generateLog(int lines)
{
    static const char *const streams[] = {"users", "orders", "products", "invoices", "events", "sessions"};
    QRandomGenerator rng(7);
    QByteArray out;
    out.reserve(qsizetype(lines) * 104);
    qint64 ms = 1732700000000LL;
    for (int i = 0; i < lines; ++i) {
        ms += rng.bounded(1, 40);
        const char *stream = streams[rng.bounded(6)];
        const int kind = rng.bounded(100);
        if (kind < 55) {
            out += "[" + QByteArray::number(ms) + "] info: Stream " + stream + ": read " +
                   QByteArray::number(rng.bounded(1, 500) * 1000) +
                   " records, committed in batches of 10000 (postgres)\n";
        } else if (kind < 75) {
            out += "2024-11-27 10:" + QByteArray::number(10 + i % 50) + ":" + QByteArray::number(10 + i % 49) +
                   " \x1b[32mINFO\x1b[0m i.a.w.g.ReplicationWorker(run):218 - Records read: " +
                   QByteArray::number(i) + " (" + QByteArray::number(rng.bounded(1, 900)) + " MB)\n";
        } else if (kind < 88) {
            out += "[" + QByteArray::number(ms) + "] debug: Heartbeat: source and destination are alive, queue size " +
                   QByteArray::number(rng.bounded(0, 10000)) + " of 10000\n";
        } else if (kind < 96) {
            out += "2024-11-27 10:11:12 \x1b[33mWARN\x1b[0m i.a.c.HttpClient(retry):77 - Stream " +
                   QByteArray(stream) + ": slow response from the API, retrying in " +
                   QByteArray::number(rng.bounded(200, 2000)) + " ms\n";
        } else if (kind < 99) {
            out += "[" + QByteArray::number(ms) + "] trace: Checkpoint written for stream " + stream +
                   " with cursor updated_at and state size 1024 bytes\n";
        } else {
            out += "[" + QByteArray::number(ms) +
                   "] error: Sync failed: Connection refused by host db.internal:5432 after 3 retries\n"
                   "\tat io.airbyte.integrations.source.postgres.PostgresSource.read(PostgresSource.java:311)\n";
            ++i;
        }
    }
    return out;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

struct OpenFigures
{
    double totalMs = 0;
    double stallMs = 0;
    qsizetype lines = 0;
};

/// Opens with `start` and waits for loaded() while a 1 ms timer measures main-thread stalls.
template<typename Start> OpenFigures measureOpen(LogModel &model, Start start)
{
    OpenFigures figures;
    QElapsedTimer sinceTick;
    double longestGap = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longestGap = std::max(longestGap, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QSignalSpy loaded(&model, &LogModel::loaded);
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start();
    start();
    // The call itself counts as a stall too: it runs on the main thread.
    longestGap = std::max(longestGap, double(sinceTick.nsecsElapsed()) / 1e6);
    if (!loaded.wait(60000))
        std::fprintf(stderr, "open did not finish\n");
    const int rows = std::min(60, model.rowCount());
    qsizetype chars = 0;
    for (int row = 0; row < rows; ++row)
        chars += model.index(row).data().toString().size();
    figures.totalMs = double(clock.nsecsElapsed()) / 1e6;
    longestGap = std::max(longestGap, double(sinceTick.nsecsElapsed()) / 1e6);
    ticker.stop();
    figures.stallMs = longestGap;
    figures.lines = model.lineCount();
    if (chars == 0)
        std::fprintf(stderr, "no rows shown\n");
    return figures;
}

double measureSearch(LogModel &model, const QString &text, int *matches)
{
    QSignalSpy finished(&model, &LogModel::searchFinished);
    QElapsedTimer clock;
    clock.start();
    model.search(text);
    if (!finished.wait(60000))
        std::fprintf(stderr, "search did not finish\n");
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    *matches = finished.isEmpty() ? -1 : finished.first().first().toInt();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"Runs per figure (default 5)."_s, u"n"_s, u"5"_s});
    parser.addOption({u"lines"_s, u"Lines to generate (default 2000000)."_s, u"n"_s, u"2000000"_s});
    parser.addOption({u"keep"_s, u"Also write the generated log to this path."_s, u"path"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int lineTarget = std::max(1, parser.value(u"lines"_s).toInt());

    QElapsedTimer clock;
    clock.start();
    const QByteArray log = generateLog(lineTarget);
    std::printf("generated %lld bytes (%.1f MB) in %.0f ms\n", qlonglong(log.size()), double(log.size()) / 1e6,
                double(clock.elapsed()));
    QTemporaryDir dir;
    const QString path = parser.isSet(u"keep"_s) ? parser.value(u"keep"_s) : dir.filePath(u"big.log"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(log) != log.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }

    std::vector<double> openFile, openFileStall, openBytes, openBytesStall, searchRare, searchCommon;
    int rareMatches = 0;
    int commonMatches = 0;
    qsizetype lines = 0;
    for (int run = 0; run < runs; ++run) {
        LogModel model;
        const OpenFigures mapped = measureOpen(model, [&] { model.openFile(path); });
        openFile.push_back(mapped.totalMs);
        openFileStall.push_back(mapped.stallMs);
        lines = mapped.lines;
        searchRare.push_back(measureSearch(model, u"CONNECTION REFUSED"_s, &rareMatches));
        searchCommon.push_back(measureSearch(model, u"records"_s, &commonMatches));
        LogModel inMemory;
        const OpenFigures bytes = measureOpen(inMemory, [&] { inMemory.setBytes(log); });
        openBytes.push_back(bytes.totalMs);
        openBytesStall.push_back(bytes.stallMs);
        std::printf("run %d: open file %.0f ms (stall %.1f ms), open bytes %.0f ms (stall %.1f ms), "
                    "search rare %.0f ms, search common %.0f ms\n",
                    run + 1, mapped.totalMs, mapped.stallMs, bytes.totalMs, bytes.stallMs, searchRare.back(),
                    searchCommon.back());
    }
    std::printf("\nlines indexed: %lld\n", qlonglong(lines));
    std::printf("median open (mapped file, index + first 60 rows): %.0f ms   (target < 1500)\n", median(openFile));
    std::printf("median open (bytes in memory):                    %.0f ms   (target < 1500)\n", median(openBytes));
    std::printf("longest main-thread stall during open (max over runs): %.1f ms\n",
                std::max(*std::max_element(openFileStall.begin(), openFileStall.end()),
                         *std::max_element(openBytesStall.begin(), openBytesStall.end())));
    std::printf("median search \"CONNECTION REFUSED\" (%d matches): %.0f ms   (target < 500)\n", rareMatches,
                median(searchRare));
    std::printf("median search \"records\" (%d matches):          %.0f ms   (target < 500)\n", commonMatches,
                median(searchCommon));
    return 0;
}
