// Benchmark: how long the sandbox takes to build a large workspace with --scale, and to serve
// the first page of its connections list. Prints the median of several runs against a baseline
// (the empty seed) measured in the same process.
// Usage: bench_SandboxScale [connections] [runs]
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double startMs(const QStringList &arguments, qsizetype *connections)
{
    QString error;
    const auto options = airdesk::sandbox::SandboxOptions::parse(arguments, &error);
    if (!options)
        qFatal("%s", qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    airdesk::sandbox::SandboxServer server(*options);
    if (!server.start(&error))
        qFatal("%s", qPrintable(error));
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    *connections = server.context().store.connections.size();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int connections = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    const QString scale = u"connections=%1,sources=%2,destinations=%3,jobs=%4"_s
                              .arg(connections).arg(connections / 10).arg(std::max(1, connections / 100)).arg(connections);
    QList<double> baseline;
    QList<double> scaled;
    qsizetype built = 0;
    for (int i = 0; i < runs; ++i) {
        qsizetype ignored = 0;
        baseline.append(startMs({u"--seed"_s, u"empty"_s}, &ignored));
        scaled.append(startMs({u"--scale"_s, scale}, &built));
    }
    QTextStream out(stdout);
    out << "sandbox --scale " << scale << " (" << built << " connections built), " << runs << " runs\n";
    out << "  empty seed start-up, median: " << medianOf(baseline) << " ms\n";
    out << "  scaled start-up, median:     " << medianOf(scaled) << " ms (target < 5000 ms)\n";
    out << "  ratio scaled / empty:        " << medianOf(scaled) / std::max(0.001, medianOf(baseline)) << "\n";
    return medianOf(scaled) < 5000.0 ? 0 : 1;
}
