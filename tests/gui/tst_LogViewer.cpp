// LogViewer offscreen: a generated log shown in a uniform, monospace list; search with the
// match count, Enter / Shift+Enter and Ctrl+F; the level menu; the attempt picker over
// structured and formatted attempts; save. Screenshot in /tmp/airdesk-logviewer.png.
#include "gui/history/LogViewer.h"
#include "models/logs/LogModel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::gui::LogViewer;
using airdesk::models::LogModel;
using Level = domain::LogEvent::Level;

namespace {

/// 20,000 lines: every 100th is an error with a stack line after it, every 10th has "needle"
/// (never on an error line), some carry ANSI colour.
QString generatedLog(int *needles, int *errorLines)
{
    QStringList lines;
    *needles = 0;
    *errorLines = 0;
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = 1732700000000LL + qint64(i) * 1000;
        if (i % 100 == 99) {
            lines << u"[%1] error: Stream orders failed at record %2"_s.arg(ms).arg(i);
            lines << u"\tat io.airbyte.Source.read(Source.java:%1)"_s.arg(i);
            *errorLines += 2;
        } else if (i % 10 == 0) {
            lines << u"2024-11-27 10:00:00 \x1b[32mINFO\x1b[0m Needle found in batch %1"_s.arg(i);
            ++*needles;
        } else {
            lines << u"[%1] info: Stream users: read %2 records"_s.arg(ms).arg(i * 10);
        }
    }
    return lines.join(u'\n');
}

domain::Attempt structuredAttempt()
{
    domain::Attempt a;
    a.number = 0;
    a.status = domain::JobStatus::Failed;
    a.logFormat = domain::Attempt::LogFormat::Structured;
    for (int i = 0; i < 3; ++i) {
        domain::LogEvent e;
        e.timestamp = QDateTime::fromMSecsSinceEpoch(1732700000000LL + i, Qt::UTC);
        e.levelText = i == 2 ? u"error"_s : u"info"_s;
        e.level = domain::LogEvent::levelFromString(e.levelText);
        e.message = u"first attempt line %1"_s.arg(i);
        a.logEvents << e;
    }
    return a;
}

domain::Attempt formattedAttempt()
{
    domain::Attempt a;
    a.number = 1;
    a.status = domain::JobStatus::Succeeded;
    a.logFormat = domain::Attempt::LogFormat::Formatted;
    a.logLines = {u"2024-11-27 10:00:00 INFO second attempt"_s, u"2024-11-27 10:00:01 INFO done"_s};
    return a;
}

bool waitLoaded(LogViewer &viewer)
{
    return QTest::qWaitFor([&] { return !viewer.model()->isLoading() && viewer.model()->rowCount() > 0; }, 20000);
}

bool waitSearched(LogViewer &viewer)
{
    return QTest::qWaitFor([&] { return !viewer.model()->isSearching(); }, 20000);
}

} // namespace

class tst_LogViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsALargeLog();
    void searchWithKeys();
    void levelMenuFilters();
    void attemptPicker();
    void saveToFile();
};

void tst_LogViewer::showsALargeLog()
{
    LogViewer viewer;
    viewer.resize(900, 500);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    int needles = 0;
    int errors = 0;
    viewer.setLogText(generatedLog(&needles, &errors));
    QVERIFY(waitLoaded(viewer));
    QCOMPARE(viewer.model()->rowCount(), 20200);
    QVERIFY(viewer.view()->uniformItemSizes());
    QVERIFY(QFontInfo(viewer.view()->font()).fixedPitch());
    QVERIFY(!viewer.attemptPicker()->isVisible()); // a plain log has no attempts
    QCOMPARE(viewer.statusLabel()->text(), u"%1 lines"_s.arg(QLocale().toString(20200)));
    QCOMPARE(viewer.model()->index(1).data().toString(), u"[2024-11-27 09:33:21.000] info: Stream users: read 10 records"_s);
    QCOMPARE(viewer.model()->index(10).data().toString(), u"2024-11-27 10:00:00 INFO Needle found in batch 10"_s);
    // Scrolling to the end of 20,200 uniform rows lands on the last line.
    viewer.view()->scrollToBottom();
    QTest::qWait(50);
    const QModelIndex bottom = viewer.view()->indexAt(viewer.view()->viewport()->rect().bottomLeft() + QPoint(2, -2));
    QVERIFY(bottom.isValid());
    QCOMPARE(bottom.row(), 20199);
    viewer.grab().save(u"/tmp/airdesk-logviewer.png"_s);
}

void tst_LogViewer::searchWithKeys()
{
    LogViewer viewer;
    viewer.resize(900, 500);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    int needles = 0;
    int errors = 0;
    viewer.setLogText(generatedLog(&needles, &errors));
    QVERIFY(waitLoaded(viewer));
    viewer.view()->setFocus();
    QTest::keyClick(viewer.view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(viewer.searchEdit()->hasFocus());
    QTest::keyClicks(viewer.searchEdit(), u"NEEDLE"_s);
    QTest::keyClick(viewer.searchEdit(), Qt::Key_Return); // searches at once, then goes to the first match
    QVERIFY(waitSearched(viewer));
    QTRY_COMPARE(viewer.currentMatch(), 0);
    QCOMPARE(viewer.model()->matchCount(), needles);
    QCOMPARE(viewer.view()->currentIndex().row(), 0);
    QCOMPARE(viewer.matchLabel()->text(), u"1 of %1"_s.arg(QLocale().toString(needles)));
    QTest::keyClick(viewer.searchEdit(), Qt::Key_Return);
    QCOMPARE(viewer.currentMatch(), 1);
    QCOMPARE(viewer.view()->currentIndex().row(), 10);
    QTest::keyClick(viewer.searchEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(viewer.currentMatch(), 0);
    QTest::keyClick(viewer.searchEdit(), Qt::Key_Return, Qt::ShiftModifier); // wraps to the last
    QCOMPARE(viewer.currentMatch(), needles - 1);
    QCOMPARE(viewer.matchLabel()->text(), u"%1 of %1"_s.arg(QLocale().toString(needles)));
    QVERIFY(viewer.model()->index(viewer.view()->currentIndex().row()).data(LogModel::HasMatchRole).toBool());
    viewer.grab().save(u"/tmp/airdesk-logviewer-search.png"_s);

    viewer.searchEdit()->setText(u"no such words"_s);
    QTest::keyClick(viewer.searchEdit(), Qt::Key_Return);
    QVERIFY(waitSearched(viewer));
    QTRY_COMPARE(viewer.matchLabel()->text(), u"No matches"_s);
    QCOMPARE(viewer.currentMatch(), -1);
}

void tst_LogViewer::levelMenuFilters()
{
    LogViewer viewer;
    int needles = 0;
    int errors = 0;
    viewer.setLogText(generatedLog(&needles, &errors));
    QVERIFY(waitLoaded(viewer));
    QMenu *menu = viewer.levelButton()->menu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 6);
    // Untick everything but Error: the error lines and their stack lines stay.
    for (QAction *action : menu->actions()) {
        if (Level(action->data().toInt()) != Level::Error)
            action->setChecked(false);
    }
    QCOMPARE(viewer.model()->rowCount(), errors);
    QCOMPARE(viewer.levelButton()->text(), u"Levels (filtered)"_s);
    // A search skips hidden lines: "needle" is never on an error line.
    viewer.setSearchText(u"needle"_s);
    QVERIFY(waitSearched(viewer));
    viewer.findNext();
    QCOMPARE(viewer.currentMatch(), -1);
    viewer.setLevelFilter(models::LogIndex::AllLevels);
    QCOMPARE(viewer.model()->rowCount(), 20200);
    QCOMPARE(viewer.levelButton()->text(), u"Levels"_s);
    for (const QAction *action : menu->actions())
        QVERIFY(action->isChecked());
}

void tst_LogViewer::attemptPicker()
{
    LogViewer viewer;
    viewer.resize(700, 300);
    viewer.show();
    viewer.setAttempts({structuredAttempt(), formattedAttempt()});
    QVERIFY(viewer.attemptPicker()->isVisible());
    QCOMPARE(viewer.attemptPicker()->count(), 2);
    QCOMPARE(viewer.attemptPicker()->itemText(0), u"Attempt 1 of 2 — Failed"_s);
    QCOMPARE(viewer.currentAttempt(), 1); // the last attempt first
    QVERIFY(waitLoaded(viewer));
    QCOMPARE(viewer.model()->rowCount(), 2);
    QCOMPARE(viewer.model()->index(0).data().toString(), u"2024-11-27 10:00:00 INFO second attempt"_s);
    viewer.attemptPicker()->setCurrentIndex(0);
    QTRY_COMPARE(viewer.model()->rowCount(), 3);
    QCOMPARE(viewer.model()->index(2).data().toString(), u"[2024-11-27 09:33:20.002] error: first attempt line 2"_s);
    QCOMPARE(viewer.model()->index(2).data(LogModel::LevelRole).toInt(), int(Level::Error));
    viewer.grab().save(u"/tmp/airdesk-logviewer-attempts.png"_s);
    viewer.setAttempts({});
    QVERIFY(!viewer.attemptPicker()->isVisible());
    QCOMPARE(viewer.model()->rowCount(), 0);
    QCOMPARE(viewer.statusLabel()->text(), u"This job has no attempts, so no logs."_s);
}

void tst_LogViewer::saveToFile()
{
    LogViewer viewer;
    viewer.setLogText(u"one\n\x1b[31mtwo\x1b[0m"_s);
    QVERIFY(waitLoaded(viewer));
    QTemporaryDir dir;
    QSignalSpy saved(&viewer, &LogViewer::saveFinished);
    viewer.saveTo(dir.filePath(u"out.log"_s));
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(1).toString(), QString());
    QFile file(dir.filePath(u"out.log"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("one\n\x1b[31mtwo\x1b[0m"));
    QCOMPARE(viewer.statusLabel()->text(), u"Saved to %1"_s.arg(dir.filePath(u"out.log"_s)));
}

QTEST_MAIN(tst_LogViewer)
#include "tst_LogViewer.moc"
