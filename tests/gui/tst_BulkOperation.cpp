// BulkOperation: at most N steps in flight, every item's outcome kept in the order added,
// one finished() at the end, a step reporting twice counted once, and a readable report.
#include "gui/workspace/BulkOperation.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using airdesk::api::ApiError;
using airdesk::gui::BulkOperation;

class tst_BulkOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsParallelismAndKeepsOrder();
    void synchronousStepsAndEmptyOperation();
};

void tst_BulkOperation::limitsParallelismAndKeepsOrder()
{
    BulkOperation bulk;
    int running = 0;
    int mostRunning = 0;
    QStringList startedOrder;
    for (int i = 0; i < 10; ++i) {
        const QString label = u"item %1"_s.arg(i);
        bulk.add(QString::number(i), label, [&, i, label](QObject *context, BulkOperation::Done done) {
            startedOrder.append(label);
            mostRunning = std::max(mostRunning, ++running);
            // Later items finish first: outcomes must still come back in the order added.
            QTimer::singleShot(30 - 2 * i, context, [&running, done, i] {
                --running;
                done(i % 3 == 0 ? ApiError::configuration(u"refused %1"_s.arg(i)) : ApiError{});
                done({}); // a second report is ignored
            });
        });
    }
    QSignalSpy finished(&bulk, &BulkOperation::finished);
    QSignalSpy progress(&bulk, &BulkOperation::progress);
    bulk.start(3);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(mostRunning, 3);
    QCOMPARE(progress.size(), 10);
    QCOMPARE(progress.last().at(0).toInt(), 10);
    QCOMPARE(startedOrder.first(), u"item 0"_s);
    QCOMPARE(startedOrder.size(), 10);
    const auto outcomes = bulk.outcomes();
    QCOMPARE(outcomes.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(outcomes.at(i).label, u"item %1"_s.arg(i));
        QCOMPARE(outcomes.at(i).error.isError(), i % 3 == 0);
    }
    QCOMPARE(bulk.failures().size(), 4); // 0, 3, 6, 9
    const QStringList lines = bulk.report().split(u'\n');
    QCOMPARE(lines.size(), 10);
    QVERIFY(lines.at(0).startsWith(u"✗ item 0: "_s));
    QVERIFY(lines.at(0).contains(u"refused 0"_s));
    QCOMPARE(lines.at(1), u"✓ item 1"_s);
}

void tst_BulkOperation::synchronousStepsAndEmptyOperation()
{
    BulkOperation empty;
    QSignalSpy emptyFinished(&empty, &BulkOperation::finished);
    empty.start();
    QCOMPARE(emptyFinished.size(), 1);

    BulkOperation bulk;
    for (int i = 0; i < 50; ++i)
        bulk.add(QString::number(i), QString::number(i), [](QObject *, BulkOperation::Done done) { done({}); });
    QSignalSpy finished(&bulk, &BulkOperation::finished);
    bulk.start(4);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(bulk.finishedCount(), 50);
    QVERIFY(bulk.failures().isEmpty());
}

QTEST_GUILESS_MAIN(tst_BulkOperation)
#include "tst_BulkOperation.moc"
