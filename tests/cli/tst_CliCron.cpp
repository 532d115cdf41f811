// `airdesk-cli cron check`, offline, as a script runs it: the description in text and JSON, and
// --batch over a self-written file and over the 2,000 Quartz reference vectors.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess process;
    process.start(QStringLiteral(AIRDESK_CLI_EXE), args);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    (void)process.waitForFinished(120000); // a test driver, not product code
    CliRun r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QStringList outputLines(const QString &out)
{
    QStringList lines = out.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class tst_CliCron : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describesTheExpression();
    void usageErrors();
    void batchOfOwnLines();
    void batchFromStdin();
    void batchOverReferenceVectors();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void tst_CliCron::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_CliCron::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

void tst_CliCron::describesTheExpression()
{
    const CliRun text = runCli({u"cron"_s, u"check"_s, u"0 0 12 ? * MON-FRI"_s, u"--count"_s, u"1"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"description: At 12:00, Monday through Friday"_s), qPrintable(text.out));

    const CliRun json = runCli({u"--json"_s, u"cron"_s, u"check"_s, u"0 30 8 L * ?"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(u"description"_s).toString(), u"At 08:30, on the last day of the month"_s);

    const CliRun invalid = runCli({u"--json"_s, u"cron"_s, u"check"_s, u"0 0 25 * * ?"_s});
    QCOMPARE(invalid.exitCode, 3);
    const QJsonObject bad = QJsonDocument::fromJson(invalid.out.toUtf8()).object();
    QVERIFY(!bad.contains(u"description"_s));
    QCOMPARE(bad.value(u"error"_s).toString(), u"Hour values must be between 0 and 23"_s);
}

void tst_CliCron::usageErrors()
{
    const CliRun none = runCli({u"cron"_s, u"check"_s});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(u"--batch"_s), qPrintable(none.err));
    const QString file = writeFile(u"one.tsv"_s, "UTC\t0\t1\t0 0 12 * * ?\n");
    const CliRun both = runCli({u"cron"_s, u"check"_s, u"0 0 12 * * ?"_s, u"--batch"_s, file});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(both.err.contains(u"not both"_s));
    const CliRun missing = runCli({u"cron"_s, u"check"_s, u"--batch"_s, m_dir.filePath(u"absent.tsv"_s)});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains(u"absent.tsv"_s), qPrintable(missing.err));
}

void tst_CliCron::batchOfOwnLines()
{
    // 2026-01-01T00:00:00Z is epoch 1767225600, a Thursday; Berlin is UTC+1 in winter.
    const QByteArray input = "UTC\t0\t3\t0 0 12 * * ?\n"
                             "Europe/Berlin\t1767225600\t2\t0 0 12 ? * MON-FRI\n"
                             "UTC\t0\t5\t0 0 0 1 1 ? 1970\n"
                             "UTC\t0\t1\t0 0 * * *\n"
                             "UTC\t0\t1\t0 0 12 ? * ?\n"
                             "Mars/Olympus\t0\t1\t0 0 12 * * ?\n"
                             "UTC\tyesterday\t1\t0 0 12 * * ?\n"
                             "UTC\t0\t1\n"
                             "UTC\t1767225600\t2\t  0\t0  12 L * ?  \r\n";
    const CliRun r = runCli({u"cron"_s, u"check"_s, u"--batch"_s, writeFile(u"own.tsv"_s, input)});
    QCOMPARE(r.exitCode, 3); // some lines could not be evaluated
    QVERIFY(r.err.contains(u"3 line(s)"_s));
    const QStringList lines = outputLines(r.out);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.at(0), u"VALID\t43200,129600,216000"_s);
    QCOMPARE(lines.at(1), u"VALID\t1767265200,1767351600"_s);
    QCOMPARE(lines.at(2), u"VALID\t"_s); // the only fire time is the start itself: the schedule has ended
    QCOMPARE(lines.at(3), u"INVALID\tUnexpected end of expression."_s);
    QCOMPARE(lines.at(4), u"INVALID\t'?' can only be specified for Day-of-Month -OR- Day-of-Week."_s);
    QCOMPARE(lines.at(5), u"ERROR\tline 6: unknown time zone \"Mars/Olympus\""_s);
    QCOMPARE(lines.at(6), u"ERROR\tline 7: start \"yesterday\" is not a whole number of epoch seconds"_s);
    QVERIFY(lines.at(7).startsWith(u"ERROR\tline 8: expected tz<TAB>"_s));
    // 2026-01-31 and 2026-02-28 at noon UTC: a tab inside the expression separates fields, as in Quartz.
    QCOMPARE(lines.at(8), u"VALID\t1769860800,1772280000"_s);
}

void tst_CliCron::batchFromStdin()
{
    const CliRun r = runCli({u"--json"_s, u"cron"_s, u"check"_s, u"--batch"_s, u"-"_s},
                            "UTC\t0\t2\t0 0 12 * * ?\nUTC\t0\t1\t0 0 12 32 * ?\n");
    QCOMPARE(r.exitCode, 0);
    const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(u"fireTimes"_s).toArray(), (QJsonArray{43200, 129600}));
    QCOMPARE(results.at(1).toObject().value(u"valid"_s).toBool(true), false);
    QCOMPARE(results.at(1).toObject().value(u"error"_s).toString(), u"Day of month values must be between 1 and 31"_s);
}

void tst_CliCron::batchOverReferenceVectors()
{
    QFile vectors(QStringLiteral(AIRDESK_SHARED_DIR "/cron/quartz-vectors.tsv"));
    if (!vectors.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("quartz-vectors.tsv not found under AIRDESK_SHARED_DIR; the reference data is not present");
    QByteArray input;
    QStringList expected;
    while (!vectors.atEnd()) {
        QString line = QString::fromUtf8(vectors.readLine());
        if (line.endsWith(u'\n'))
            line.chop(1);
        const QStringList columns = line.split(u'\t');
        QCOMPARE(columns.size(), 6);
        input += QStringList(columns.mid(0, 4)).join(u'\t').toUtf8() + '\n';
        expected.append(columns.at(4) + u'\t' + columns.at(5));
    }
    const CliRun r = runCli({u"cron"_s, u"check"_s, u"--batch"_s, writeFile(u"vectors-input.tsv"_s, input)});
    QCOMPARE(r.exitCode, 0);
    const QStringList got = outputLines(r.out);
    QCOMPARE(got.size(), expected.size());
    QStringList mismatches;
    for (qsizetype i = 0; i < got.size(); ++i)
        if (got.at(i) != expected.at(i))
            mismatches.append(u"line %1: got [%2] expected [%3]"_s.arg(i + 1).arg(got.at(i), expected.at(i)));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 5).join(u'\n')));
    QCOMPARE(expected.size(), 2000);
}

QTEST_GUILESS_MAIN(tst_CliCron)
#include "tst_CliCron.moc"
