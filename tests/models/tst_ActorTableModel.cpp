// ActorTableModel: cells and roles, and the exact signals of every row change, under
// QAbstractItemModelTester.
#include "models/ActorTableModel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::domain::Actor;
using airdesk::models::ActorTableModel;
namespace roles = airdesk::models;

namespace {

Actor actor(const QString &id, const QString &name, const QString &type = u"faker"_s)
{
    Actor a;
    a.id = id;
    a.name = name;
    a.typeName = type;
    a.definitionId = u"def-"_s + type;
    a.createdAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    return a;
}

/// The spies a row-change test looks at.
struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , reset(m, &QAbstractItemModel::modelReset)
    {
    }
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
};

} // namespace

class tst_ActorTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cellsAndRoles();
    void missingTypeFallsBackToDefinition();
    void appendInsertsOnceAndUpdatesKnownIds();
    void upsertUpdatesInPlace();
    void removeById();
    void removeAllExceptRemovesRuns();
    void setRowsAndClearReset();
    void namesById();

private:
    ActorTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_ActorTableModel::init()
{
    m_model = new ActorTableModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void tst_ActorTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void tst_ActorTableModel::cellsAndRoles()
{
    m_model->setRows({actor(u"a1"_s, u"Faker One"_s)});
    QCOMPARE(m_model->columnCount(), int(ActorTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(ActorTableModel::Created, Qt::Horizontal).toString(), u"Created"_s);
    const auto cell = [this](int column, int role = Qt::DisplayRole) { return m_model->index(0, column).data(role); };
    QCOMPARE(cell(ActorTableModel::Name).toString(), u"Faker One"_s);
    QCOMPARE(cell(ActorTableModel::Type).toString(), u"faker"_s);
    QCOMPARE(cell(ActorTableModel::Id).toString(), u"a1"_s);
    const QDateTime created = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    QCOMPARE(cell(ActorTableModel::Created).toString(),
             QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(cell(ActorTableModel::Created, roles::RawValueRole).toDateTime(), created);
    QVERIFY(!cell(ActorTableModel::Created, Qt::ToolTipRole).toString().isEmpty());
    // Row roles are the same in every column.
    for (int column = 0; column < ActorTableModel::ColumnCount; ++column) {
        QCOMPARE(cell(column, roles::IdRole).toString(), u"a1"_s);
        QCOMPARE(cell(column, roles::IconKeyRole).toString(), u"def-faker"_s);
        QCOMPARE(cell(column, roles::ConnectorTypeRole).toString(), u"faker"_s);
    }
    const QString search = cell(ActorTableModel::Name, roles::SearchTextRole).toString();
    QVERIFY(search.contains(u"faker one"_s));
    QVERIFY(search.contains(u"a1"_s));
    QVERIFY(!cell(ActorTableModel::Name, roles::StatusRole).isValid());
    QVERIFY(!cell(ActorTableModel::Name, roles::EnabledRole).isValid());
    QCOMPARE(cell(ActorTableModel::Name, roles::ObjectRole).value<Actor>().name, u"Faker One"_s);
    QCOMPARE(m_model->actorAt(0).id, u"a1"_s);
    QVERIFY(m_model->actorAt(5).id.isEmpty());
    QCOMPARE(m_model->indexOfId(u"a1"_s), 0);
    QCOMPARE(m_model->indexOfId(u"zz"_s), -1);
}

void tst_ActorTableModel::missingTypeFallsBackToDefinition()
{
    Actor a = actor(u"a1"_s, u"Custom"_s, {});
    a.definitionId = u"1234-def"_s;
    a.createdAt = {};
    m_model->setRows({a});
    QCOMPARE(m_model->index(0, ActorTableModel::Type).data().toString(), u"1234-def"_s);
    QCOMPARE(m_model->index(0, 0).data(roles::IconKeyRole).toString(), u"1234-def"_s);
    QVERIFY(!m_model->index(0, ActorTableModel::Created).data().isValid());
    QVERIFY(!m_model->index(0, ActorTableModel::Created).data(roles::RawValueRole).isValid());
}

void tst_ActorTableModel::appendInsertsOnceAndUpdatesKnownIds()
{
    Spies spies(m_model);
    m_model->appendRows({actor(u"a"_s, u"A"_s), actor(u"b"_s, u"B"_s)});
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 1);

    // The next page repeats "b" (renamed) and brings "c" and a duplicate "c".
    m_model->appendRows({actor(u"b"_s, u"B2"_s), actor(u"c"_s, u"C"_s), actor(u"c"_s, u"C2"_s)});
    QCOMPARE(spies.inserted.size(), 2);
    QCOMPARE(spies.inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(spies.inserted.at(1).at(2).toInt(), 2);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.changed.at(0).at(0).toModelIndex(), m_model->index(1, 0));
    QCOMPARE(spies.changed.at(0).at(1).toModelIndex(), m_model->index(1, ActorTableModel::ColumnCount - 1));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->actorAt(1).name, u"B2"_s);
    QCOMPARE(m_model->actorAt(2).name, u"C2"_s);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);

    m_model->appendRows({});
    QCOMPARE(spies.inserted.size(), 2);
}

void tst_ActorTableModel::upsertUpdatesInPlace()
{
    m_model->setRows({actor(u"a"_s, u"A"_s), actor(u"b"_s, u"B"_s)});
    Spies spies(m_model);
    QCOMPARE(m_model->upsert(actor(u"a"_s, u"A renamed"_s)), 0);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(m_model->index(0, ActorTableModel::Name).data().toString(), u"A renamed"_s);
    QCOMPARE(m_model->upsert(actor(u"n"_s, u"New"_s)), 2);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.changed.size(), 1);
}

void tst_ActorTableModel::removeById()
{
    m_model->setRows({actor(u"a"_s, u"A"_s), actor(u"b"_s, u"B"_s), actor(u"c"_s, u"C"_s)});
    Spies spies(m_model);
    QVERIFY(m_model->removeById(u"b"_s));
    QVERIFY(!m_model->removeById(u"b"_s));
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 1);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->indexOfId(u"c"_s), 1);
    QCOMPARE(m_model->indexOfId(u"b"_s), -1);
}

void tst_ActorTableModel::removeAllExceptRemovesRuns()
{
    QList<Actor> rows;
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s})
        rows.append(actor(id, id.toUpper()));
    m_model->setRows(rows);
    Spies spies(m_model);
    m_model->removeAllExcept({u"a"_s, u"d"_s});
    // Two runs, bottom first: e..f (4..5), then b..c (1..2).
    QCOMPARE(spies.removed.size(), 2);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 4);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 5);
    QCOMPARE(spies.removed.at(1).at(1).toInt(), 1);
    QCOMPARE(spies.removed.at(1).at(2).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->indexOfId(u"d"_s), 1);
    m_model->removeAllExcept({u"a"_s, u"d"_s});
    QCOMPARE(spies.removed.size(), 2);
}

void tst_ActorTableModel::setRowsAndClearReset()
{
    Spies spies(m_model);
    m_model->setRows({actor(u"a"_s, u"A"_s), actor(u"a"_s, u"A2"_s)});
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->actorAt(0).name, u"A2"_s);
    m_model->clear();
    QCOMPARE(spies.reset.size(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->clear(); // already empty: no signal
    QCOMPARE(spies.reset.size(), 2);
    QCOMPARE(spies.inserted.size() + spies.removed.size(), 0);
}

void tst_ActorTableModel::namesById()
{
    m_model->setRows({actor(u"a"_s, u"A"_s), actor(u"b"_s, u"B"_s)});
    const QHash<QString, QString> names{{u"a"_s, u"A"_s}, {u"b"_s, u"B"_s}};
    QCOMPARE(m_model->namesById(), names);
}

QTEST_GUILESS_MAIN(tst_ActorTableModel)
#include "tst_ActorTableModel.moc"
