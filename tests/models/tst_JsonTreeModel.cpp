// JsonTreeModel: a JSON document as a tree, with paths and compact values for copying, a
// depth limit for hostile documents, and a consistent model (QAbstractItemModelTester).
#include "models/json/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::models::JsonTreeModel;

class tst_JsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treePathsAndValues();
    void deepDocumentsStop();
};

void tst_JsonTreeModel::treePathsAndValues()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QJsonObject doc = QJsonDocument::fromJson(R"({
        "streams": [{"name": "users", "cursor": {"updated_at": "2026-01-01"}}, {"name": "<b>orders</b>"}],
        "count": 2, "enabled": true, "nothing": null})")
                                .object();
    model.setJson(doc);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.itemCount(), 4 + 2 + 2 + 1 + 1); // top level, array items, their members, the cursor member
    // Object members come in key order.
    QCOMPARE(model.index(0, JsonTreeModel::KeyColumn).data().toString(), u"count"_s);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(), u"number"_s);
    QCOMPARE(model.index(2, JsonTreeModel::ValueColumn).data().toString(), u"null"_s);
    const QModelIndex streams = model.index(3, 0);
    QCOMPARE(streams.data().toString(), u"streams"_s);
    QCOMPARE(model.index(3, JsonTreeModel::ValueColumn).data().toString(),
             QCoreApplication::translate("airdesk::models::JsonTreeModel", "[%n item(s)]", nullptr, 2));
    QCOMPARE(model.rowCount(streams), 2);
    const QModelIndex first = model.index(0, 0, streams);
    QCOMPARE(first.data().toString(), u"[0]"_s);
    QCOMPARE(first.parent(), streams);
    const QModelIndex cursorField = model.index(0, 0, model.index(0, 0, first));
    QCOMPARE(cursorField.data(JsonTreeModel::PathRole).toString(), u"streams[0].cursor.updated_at"_s);
    QCOMPARE(cursorField.data(JsonTreeModel::JsonRole).toString(), u"\"2026-01-01\""_s);
    QCOMPARE(first.data(JsonTreeModel::JsonRole).toString(),
             u"{\"cursor\":{\"updated_at\":\"2026-01-01\"},\"name\":\"users\"}"_s);
    // Markup in a value is a value, shown as is.
    const QModelIndex second = model.index(1, 0, streams);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, second).data().toString(), u"<b>orders</b>"_s);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.itemCount(), 0);
}

void tst_JsonTreeModel::deepDocumentsStop()
{
    QJsonValue value = QJsonObject{{u"leaf"_s, 1}};
    for (int i = 0; i < 500; ++i)
        value = QJsonArray{value};
    JsonTreeModel model;
    model.setJson(value);
    int depth = 0;
    QModelIndex index;
    while (model.rowCount(index) > 0) {
        index = model.index(0, 0, index);
        ++depth;
    }
    QVERIFY(depth <= 128);
    QVERIFY(depth > 100);
}

QTEST_GUILESS_MAIN(tst_JsonTreeModel)
#include "tst_JsonTreeModel.moc"
