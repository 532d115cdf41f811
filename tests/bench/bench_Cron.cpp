// Benchmark: for every expression of the Quartz reference vectors, parse it and compute its next
// 100 fire times (in the vector's time zone, from its start instant). Each expression is timed
// over several rounds; the median per expression is what counts. Target: under 1 ms each.
// Usage: bench_Cron [vectors.tsv] [rounds]
#include "core/cron/CronExpression.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using airdesk::cron::CronExpression;

namespace {

struct Case
{
    QTimeZone zone;
    qint64 startMs = 0;
    QString expression;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString path = args.value(1, QStringLiteral(AIRDESK_SHARED_DIR "/cron/quartz-vectors.tsv"));
    const int rounds = args.value(2, u"5"_s).toInt();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text) || rounds < 1) {
        QTextStream(stderr) << "usage: bench_Cron [vectors.tsv] [rounds >= 1]; cannot read " << path << '\n';
        return 2;
    }
    QHash<QString, QTimeZone> zones;
    QList<Case> cases;
    while (!file.atEnd()) {
        const QStringList columns = QString::fromUtf8(file.readLine()).chopped(1).split(u'\t');
        if (columns.size() < 4)
            continue;
        if (!zones.contains(columns.at(0)))
            zones.insert(columns.at(0), QTimeZone(columns.at(0).toUtf8()));
        cases.append({zones.value(columns.at(0)), columns.at(1).toLongLong() * 1000, columns.at(3)});
    }

    constexpr int FireTimes = 100;
    QList<double> perExpressionUs;
    qint64 fireTimesComputed = 0;
    int valid = 0;
    QElapsedTimer total;
    total.start();
    for (const Case &c : std::as_const(cases)) {
        QList<double> samples;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            const CronExpression cron = CronExpression::parse(c.expression);
            const qsizetype n = cron.isValid() ? cron.nextFireSecs(c.startMs, c.zone, FireTimes).size() : 0;
            samples.append(double(t.nsecsElapsed()) / 1000.0);
            if (r == 0) {
                fireTimesComputed += n;
                valid += cron.isValid() ? 1 : 0;
            }
        }
        perExpressionUs.append(median(samples));
    }
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    double sumOfMedians = 0;
    for (double us : std::as_const(perExpressionUs))
        sumOfMedians += us;

    out << "expressions: " << cases.size() << " (" << valid << " valid), " << FireTimes
        << " fire times asked each, " << fireTimesComputed << " computed, " << rounds << " rounds\n";
    out << "per expression (median of rounds): median " << median(perExpressionUs) << " us, p90 "
        << percentile(perExpressionUs, 0.9) << " us, p99 " << percentile(perExpressionUs, 0.99) << " us, max "
        << percentile(perExpressionUs, 1.0) << " us\n";
    out << "one pass over all expressions: " << sumOfMedians / 1000.0 << " ms; wall time for all rounds: " << totalMs
        << " ms\n";
    out << (percentile(perExpressionUs, 1.0) < 1000.0 ? "target met: every expression under 1 ms\n"
                                                       : "target missed: some expression took 1 ms or more\n");
    return 0;
}
