// ProfileStore: round trip through a real INI file, the current profile, and proof by the
// file's bytes that nothing secret-looking is ever written.
#include "gui/profiles/ProfileStore.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::gui::Profile;
using airdesk::gui::ProfileStore;

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void updateAndRemove();
    void currentProfile();
    void defaultsTable();
    void noSecretInTheFile();
};

namespace {
Profile sample()
{
    Profile p = Profile::create(u"Production"_s);
    p.kind = Profile::Kind::SelfManaged;
    p.publicRoot = u"http://localhost:8000/api/public/v1"_s;
    p.configRoot = u"http://localhost:8000/api/v1"_s;
    p.webRoot = u"http://localhost:8000"_s;
    p.workspaceId = u"11111111-2222-3333-4444-555555555555"_s;
    p.authMethod = Profile::AuthMethod::BearerToken;
    p.clientId = u"client-abc"_s;
    p.caBundlePath = u"/etc/ssl/corp-ca.pem"_s;
    p.lastUsed = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    return p;
}
} // namespace

void tst_ProfileStore::roundTrip()
{
    auto store = ProfileStore::createTemporary();
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
    const Profile p = sample();
    QCOMPARE(store->add(p), p.id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store->add(p), QString()); // same id twice is refused

    store->sync();
    ProfileStore reopened(store->fileName());
    const auto read = reopened.profile(p.id);
    QVERIFY(read);
    QCOMPARE(*read, p);
    QCOMPARE(reopened.profiles().size(), 1);

    Profile anonymous;
    anonymous.name = u"another"_s;
    const QString id = store->add(anonymous);
    QVERIFY(!id.isEmpty());
    const auto list = store->profiles();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, u"another"_s); // sorted by name, case-insensitively
    QCOMPARE(list.at(1).name, u"Production"_s);
}

void tst_ProfileStore::updateAndRemove()
{
    auto store = ProfileStore::createTemporary();
    Profile p = sample();
    store->add(p);
    p.name = u"Renamed"_s;
    p.authMethod = Profile::AuthMethod::ClientCredentials;
    QVERIFY(store->update(p));
    QCOMPARE(store->profile(p.id)->name, u"Renamed"_s);
    QCOMPARE(store->profile(p.id)->authMethod, Profile::AuthMethod::ClientCredentials);

    Profile stranger = Profile::create(u"x"_s);
    QVERIFY(!store->update(stranger));
    QVERIFY(!store->contains(stranger.id));

    QVERIFY(store->remove(p.id));
    QVERIFY(!store->remove(p.id));
    QVERIFY(!store->profile(p.id));
    QVERIFY(store->profiles().isEmpty());
}

void tst_ProfileStore::currentProfile()
{
    auto store = ProfileStore::createTemporary();
    QCOMPARE(store->currentProfileId(), QString());
    const Profile a = sample();
    const QString b = store->add(Profile::create(u"B"_s));
    store->add(a);
    QSignalSpy current(store.get(), &ProfileStore::currentProfileChanged);
    store->setCurrentProfileId(a.id);
    QCOMPARE(store->currentProfileId(), a.id);
    QCOMPARE(current.size(), 1);
    store->setCurrentProfileId(a.id); // unchanged: no signal
    QCOMPARE(current.size(), 1);

    store->sync();
    QCOMPARE(ProfileStore(store->fileName()).currentProfileId(), a.id);

    store->setCurrentProfileId(b);
    QVERIFY(store->remove(a.id)); // removing another profile keeps the current one
    QCOMPARE(store->currentProfileId(), b);
    QVERIFY(store->remove(b));
    QCOMPARE(store->currentProfileId(), QString());
    QCOMPARE(current.size(), 3);
}

void tst_ProfileStore::defaultsTable()
{
    QCOMPARE(ProfileStore::keyName(ProfileStore::Key::PublicRoot), u"publicRoot"_s);
    QCOMPARE(ProfileStore::defaultValue(ProfileStore::Key::Kind).toString(), u"cloud"_s);
    QCOMPARE(ProfileStore::defaultValue(ProfileStore::Key::AuthMethod).toString(), u"client-credentials"_s);

    // A profile written by hand with only a name falls back to the defaults table.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"p.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"profiles/abc/name"_s, u"Sparse"_s);
    }
    ProfileStore store(file);
    const auto p = store.profile(u"abc"_s);
    QVERIFY(p);
    QCOMPARE(p->name, u"Sparse"_s);
    QCOMPARE(p->kind, Profile::Kind::Cloud);
    QCOMPARE(p->authMethod, Profile::AuthMethod::ClientCredentials);
    QVERIFY(p->publicRoot.isEmpty());
    QVERIFY(!p->lastUsed.isValid());
}

void tst_ProfileStore::noSecretInTheFile()
{
    auto store = ProfileStore::createTemporary();
    Profile p = sample();
    p.authMethod = Profile::AuthMethod::ClientCredentials;
    store->add(p);
    store->setCurrentProfileId(p.id);
    store->add(Profile::create(u"Second"_s));
    store->sync();

    QFile file(store->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll().toLower();
    QVERIFY(bytes.contains("client-abc")); // the client id is not secret and is stored
    for (const QByteArray word : {"secret", "token", "password", "bearer="})
        QVERIFY2(!bytes.contains(word), word.constData());
    // Only the known keys appear under a profile.
    QSettings settings(store->fileName(), QSettings::IniFormat);
    settings.beginGroup(u"profiles/"_s + p.id);
    QStringList keys = settings.childKeys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"authMethod"_s, u"caBundlePath"_s, u"clientId"_s, u"configRoot"_s, u"kind"_s, u"lastUsed"_s,
                                u"name"_s, u"publicRoot"_s, u"scheduleMinimumMinutes"_s, u"webRoot"_s, u"workspaceId"_s}));
}

QTEST_MAIN(tst_ProfileStore)
#include "tst_ProfileStore.moc"
