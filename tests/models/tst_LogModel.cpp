// LogModel, LogIndex, LogLine and LogSearch: line indexing (with and without a final newline,
// from bytes, text and a mapped file), display text (ANSI stripped, epoch ms shown as a date),
// level detection and filter, search counts and next/previous, save, and a generated large log.
#include "models/logs/LogIndex.h"
#include "models/logs/LogLine.h"
#include "models/logs/LogModel.h"
#include "models/logs/LogSearch.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::models::LogIndex;
using airdesk::models::LogModel;
namespace LogLine = airdesk::models::LogLine;
namespace LogSearch = airdesk::models::LogSearch;
using Level = airdesk::domain::LogEvent::Level;

namespace {

/// A small log mixing PyAirbyte's structured lines, Airbyte's formatted lines with ANSI
/// colour, and an error with a stack trace (lines without a level of their own).
QByteArray sampleLog()
{
    return QByteArrayLiteral("[1732700000000] info: ----- START REPLICATION -----\n"
                             "[1732700000500] debug: Heartbeat: source and destination are alive\n"
                             "2024-11-27 09:33:21 \x1b[32mINFO\x1b[0m i.a.w.g.ReplicationWorker: Stream users: read 1000 records\n"
                             "2024-11-27 09:33:22 \x1b[33mWARN\x1b[0m Stream orders: slow response, retrying in 300 ms\n"
                             "[1732700003000] error: Sync failed: Connection refused\n"
                             "\tat io.airbyte.Source.read(Source.java:42)\n"
                             "\tat io.airbyte.Main.main(Main.java:7)\n"
                             "[1732700004000] TRACE: done. Users and ORDERS\n");
}

/// Loads bytes into the model and waits for loaded().
bool load(LogModel &model, const QByteArray &bytes)
{
    QSignalSpy loaded(&model, &LogModel::loaded);
    model.setBytes(bytes);
    return loaded.wait(20000) || loaded.count() == 1;
}

int searchAndWait(LogModel &model, const QString &text)
{
    QSignalSpy finished(&model, &LogModel::searchFinished);
    model.search(text);
    if (!finished.wait(20000))
        return -1;
    return finished.last().first().toInt();
}

} // namespace

class tst_LogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectLevel_data();
    void detectLevel();
    void displayText_data();
    void displayText();
    void searchFindsNonOverlappingCaseInsensitive();
    void indexLineEnds();
    void loadsAndShowsLines();
    void levelFilterKeepsStackTraces();
    void searchCountsAndSteps();
    void searchSkipsFilteredLines();
    void newSearchReplacesOld();
    void openFileAndSave();
    void openMissingFileFails();
    void largeGeneratedLog();
};

void tst_LogModel::detectLevel_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("level");
    QTest::newRow("pyairbyte info") << QByteArray("[1732700000000] info: x") << int(Level::Info);
    QTest::newRow("upper error") << QByteArray("2024-01-01 ERROR boom") << int(Level::Error);
    QTest::newRow("ansi warn") << QByteArray("t \x1b[33mWARN\x1b[0m slow") << int(Level::Warn);
    QTest::newRow("warning") << QByteArray("Warning: deprecated") << int(Level::Warn);
    QTest::newRow("fatal") << QByteArray("FATAL oops") << int(Level::Error);
    QTest::newRow("trace") << QByteArray("[1] trace: t") << int(Level::Trace);
    QTest::newRow("debug") << QByteArray("[1] DEBUG: t") << int(Level::Debug);
    QTest::newRow("not a whole word") << QByteArray("information errors debugger") << int(Level::Unknown);
    QTest::newRow("stack line") << QByteArray("\tat io.airbyte.Main(Main.java:7)") << int(Level::Unknown);
    QTest::newRow("empty") << QByteArray() << int(Level::Unknown);
    QTest::newRow("too far in") << QByteArray(QByteArray(200, 'x') + " error") << int(Level::Unknown);
}

void tst_LogModel::detectLevel()
{
    QFETCH(QByteArray, line);
    QFETCH(int, level);
    QCOMPARE(int(LogLine::detectLevel(line)), level);
}

void tst_LogModel::displayText_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("shown");
    QTest::newRow("epoch ms") << QByteArray("[1732700000000] info: hi") << u"[2024-11-27 09:33:20.000] info: hi"_s;
    QTest::newRow("ansi") << QByteArray("\x1b[1;31mERROR\x1b[0m bad\r") << u"ERROR bad"_s;
    QTest::newRow("both") << QByteArray("[1732700000123] \x1b[32minfo\x1b[m: ok") << u"[2024-11-27 09:33:20.123] info: ok"_s;
    QTest::newRow("not epoch") << QByteArray("[12345] x") << u"[12345] x"_s;
    QTest::newRow("utf8") << QByteArray("caf\xc3\xa9") << u"café"_s;
    QTest::newRow("cut escape") << QByteArray("end\x1b[") << u"end"_s;
}

void tst_LogModel::displayText()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, shown);
    QCOMPARE(LogLine::displayText(line), shown);
}

void tst_LogModel::searchFindsNonOverlappingCaseInsensitive()
{
    using Offsets = std::vector<qint64>;
    QCOMPARE(LogSearch::findAll("aaaa", "aa"), (Offsets{0, 2}));
    QCOMPARE(LogSearch::findAll("Error ERROR error eRRor", "error"), (Offsets{0, 6, 12, 18}));
    QCOMPARE(LogSearch::findAll("x[1] [2]", "[2"), (Offsets{5}));
    QCOMPARE(LogSearch::findAll("abc", "abcd"), Offsets{});
    QCOMPARE(LogSearch::findAll("abc", ""), Offsets{});
    QCOMPARE(LogSearch::findAll("@A`a", "a"), (Offsets{1, 3})); // '@' and '`' differ from 'a' only in case bits
    QCOMPARE(LogSearch::findAll("0123456789abcdefXYZ", "xyz"), (Offsets{16})); // past the 8-byte words
    QCOMPARE(LogSearch::findAll("caf\xc3\xa9 CAF\xc3\xa9", "caf\xc3\xa9"), (Offsets{0, 6}));
    std::atomic_bool cancel(true);
    const QByteArray big(QByteArray("x needle ").repeated(2000000));
    QVERIFY(LogSearch::findAll(big, "needle", &cancel).size() < 2000000); // stopped early
}

void tst_LogModel::indexLineEnds()
{
    auto index = LogIndex::build("a\nbb\n\nccc");
    QCOMPARE(index->lineCount(), 4);
    QCOMPARE(index->line(0), QByteArrayView("a"));
    QCOMPARE(index->line(1), QByteArrayView("bb"));
    QCOMPARE(index->line(2), QByteArrayView(""));
    QCOMPARE(index->line(3), QByteArrayView("ccc"));
    QCOMPARE(index->lineOfOffset(3), 1);
    QCOMPARE(index->lineOfOffset(5), 2);
    QCOMPARE(index->lineOfOffset(8), 3);
    index = LogIndex::build("one\ntwo\n");
    QCOMPARE(index->lineCount(), 2); // a final newline ends a line, it does not start one
    QCOMPARE(index->line(1), QByteArrayView("two"));
    QCOMPARE(LogIndex::build({})->lineCount(), 0);
    // A progress callback that says stop stops the build.
    QVERIFY(!LogIndex::build(QByteArray(20 << 20, '\n'), [](int) { return false; }));
}

void tst_LogModel::loadsAndShowsLines()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy progress(&model, &LogModel::loadProgress);
    QSignalSpy loaded(&model, &LogModel::loaded);
    model.setText(QString::fromUtf8(sampleLog()));
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0); // nothing until the index is built
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().value<qsizetype>(), 8);
    QCOMPARE(reset.count(), 2); // cleared at the start, filled at the end
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 100);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.lineCount(), 8);
    QCOMPARE(model.index(0).data().toString(), u"[2024-11-27 09:33:20.000] info: ----- START REPLICATION -----"_s);
    QCOMPARE(model.index(2).data().toString(),
             u"2024-11-27 09:33:21 INFO i.a.w.g.ReplicationWorker: Stream users: read 1000 records"_s);
    QVERIFY(model.index(2).data(LogModel::RawLineRole).toByteArray().contains("\x1b[32m"));
    QCOMPARE(model.index(3).data(LogModel::LevelRole).toInt(), int(Level::Warn));
    QCOMPARE(model.index(4).data(LogModel::LevelRole).toInt(), int(Level::Error));
    QCOMPARE(model.index(5).data(LogModel::LevelRole).toInt(), int(Level::Error)); // stack trace inherits
    QCOMPARE(model.index(7).data(LogModel::LevelRole).toInt(), int(Level::Trace));
    QCOMPARE(model.index(5).data(LogModel::LineNumberRole).toInt(), 6);
    QVERIFY(model.index(4).data(Qt::ForegroundRole).isValid());  // errors are coloured
    QVERIFY(!model.index(0).data(Qt::ForegroundRole).isValid()); // info is not
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_LogModel::levelFilterKeepsStackTraces()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, sampleLog()));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLevelFilter(LogIndex::bit(Level::Error));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(LogModel::LineNumberRole).toInt(), 5);
    QCOMPARE(model.index(2).data(LogModel::LineNumberRole).toInt(), 7);
    QCOMPARE(model.rowOfLine(5), 1);
    QCOMPARE(model.rowOfLine(0), -1);
    model.setLevelFilter(LogIndex::bit(Level::Error)); // same filter: nothing happens
    QCOMPARE(reset.count(), 1);
    model.setLevelFilter(LogIndex::bit(Level::Warn) | LogIndex::bit(Level::Debug) | LogIndex::bit(Level::Trace));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(LogModel::LineNumberRole).toInt(), 2);
    model.setLevelFilter(0);
    QCOMPARE(model.rowCount(), 0);
    model.setLevelFilter(LogIndex::AllLevels);
    QCOMPARE(model.rowCount(), 8);
}

void tst_LogModel::searchCountsAndSteps()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, sampleLog()));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // "users" on line 3 and 8, "orders" on line 4 and 8 (any case).
    QCOMPARE(searchAndWait(model, u"USERS"_s), 2);
    QCOMPARE(model.matchCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.lineOfMatch(0), 2);
    QCOMPARE(model.lineOfMatch(1), 7);
    QVERIFY(model.index(2).data(LogModel::HasMatchRole).toBool());
    QVERIFY(!model.index(3).data(LogModel::HasMatchRole).toBool());
    QVERIFY(model.index(2).data(Qt::BackgroundRole).isValid());

    auto first = model.stepMatch(-1, true, 0);
    QVERIFY(first);
    QCOMPARE(first->match, 0);
    QCOMPARE(first->row, 2);
    auto second = model.stepMatch(first->match, true);
    QCOMPARE(second->row, 7);
    QCOMPARE(model.stepMatch(second->match, true)->match, 0);  // wraps forward
    QCOMPARE(model.stepMatch(0, false)->match, 1);              // and backward
    QCOMPARE(model.stepMatch(-1, true, 3)->row, 7);             // from a row past the first match
    QCOMPARE(model.stepMatch(-1, false, 5)->row, 2);            // backwards from a row

    QCOMPARE(searchAndWait(model, u"nothing like this"_s), 0);
    QVERIFY(!model.stepMatch(-1, true));
    QCOMPARE(searchAndWait(model, QString()), 0);
    QCOMPARE(searchAndWait(model, u"replication"_s), 2); // "START REPLICATION" and "ReplicationWorker"
}

void tst_LogModel::searchSkipsFilteredLines()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, sampleLog()));
    QCOMPARE(searchAndWait(model, u"at io.airbyte"_s), 2);
    QCOMPARE(searchAndWait(model, u"stream"_s), 2);
    model.setLevelFilter(LogIndex::bit(Level::Warn));
    QCOMPARE(model.rowCount(), 1);
    const auto hit = model.stepMatch(-1, true, 0);
    QVERIFY(hit);
    QCOMPARE(hit->match, 1); // the match on the hidden INFO line is skipped
    QCOMPARE(hit->row, 0);
    QCOMPARE(model.stepMatch(hit->match, true)->match, 1); // the only visible one
}

void tst_LogModel::newSearchReplacesOld()
{
    LogModel model;
    QVERIFY(load(model, QByteArray("alpha beta\n").repeated(200000)));
    QSignalSpy finished(&model, &LogModel::searchFinished);
    model.search(u"alpha"_s);
    model.search(u"beta"_s);
    model.search(u"ta"_s);
    QVERIFY(finished.wait(20000));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1); // only the last search reports
    QCOMPARE(finished.first().first().toInt(), 200000);
    QCOMPARE(model.searchText(), u"ta"_s);
}

void tst_LogModel::openFileAndSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"attempt.log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sampleLog());
    file.close();

    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &LogModel::loaded);
    model.openFile(path);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.index(6).data().toString(), u"\tat io.airbyte.Main.main(Main.java:7)"_s);

    const QString copy = dir.filePath(u"copy.log"_s);
    QSignalSpy saved(&model, &LogModel::saveFinished);
    model.saveTo(copy);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(0).toString(), copy);
    QCOMPARE(saved.first().at(1).toString(), QString());
    QFile back(copy);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), sampleLog()); // as stored, ANSI codes included

    model.saveTo(dir.filePath(u"no/such/dir/x.log"_s));
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.last().at(1).toString().startsWith(u"Cannot write "_s), qPrintable(saved.last().at(1).toString()));
    LogModel empty;
    QSignalSpy emptySaved(&empty, &LogModel::saveFinished);
    empty.saveTo(copy);
    QVERIFY(emptySaved.wait(5000));
    QCOMPARE(emptySaved.first().at(1).toString(), u"There is no log to save."_s);
}

void tst_LogModel::openMissingFileFails()
{
    LogModel model;
    QSignalSpy failed(&model, &LogModel::loadFailed);
    QSignalSpy loaded(&model, &LogModel::loaded);
    model.openFile(u"/nonexistent/attempt-1.log"_s);
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().startsWith(u"Cannot open /nonexistent/attempt-1.log: "_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_LogModel::largeGeneratedLog()
{
    // 300,000 lines, every 7th an error, every 5th with ANSI colour; counts checked against
    // what the generator wrote, not against the model's own search.
    QByteArray log;
    log.reserve(300000 * 90);
    int errors = 0;
    int needles = 0;
    for (int i = 0; i < 300000; ++i) {
        const qint64 ms = 1732700000000LL + i;
        if (i % 7 == 0) {
            log += "[" + QByteArray::number(ms) + "] error: Stream s" + QByteArray::number(i % 13) + " failed\n";
            ++errors;
        } else if (i % 5 == 0) {
            log += "2024-11-27 10:00:00 \x1b[32mINFO\x1b[0m read " + QByteArray::number(i) + " Needle records\n";
            ++needles;
        } else {
            log += "[" + QByteArray::number(ms) + "] info: Stream s" + QByteArray::number(i % 13) + ": read records\n";
        }
    }
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(load(model, log));
    QCOMPARE(model.rowCount(), 300000);
    QCOMPARE(model.index(299999).data(LogModel::LineNumberRole).toInt(), 300000);
    QCOMPARE(searchAndWait(model, u"nEEDLE"_s), needles);
    model.setLevelFilter(LogIndex::bit(Level::Error));
    QCOMPARE(model.rowCount(), errors);
    QCOMPARE(model.index(1).data(LogModel::LineNumberRole).toInt(), 8);
    QVERIFY(!model.stepMatch(-1, true)); // no needle on an error line
}

QTEST_GUILESS_MAIN(tst_LogModel)
#include "tst_LogModel.moc"
