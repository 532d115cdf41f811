#include "ProfileStore.h"

#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

const QString ProfilesGroup = u"profiles"_s;
const QString CurrentProfileKey = u"currentProfile"_s;

struct KeyInfo
{
    ProfileStore::Key key;
    QString name;
    QVariant defaultValue;
};

// The one defaults table. The names are the file format: never rename them.
const QList<KeyInfo> &keyTable()
{
    static const QList<KeyInfo> table = {
        {ProfileStore::Key::Name, u"name"_s, QString()},
        {ProfileStore::Key::Kind, u"kind"_s, Profile::kindToString(Profile::Kind::Cloud)},
        {ProfileStore::Key::PublicRoot, u"publicRoot"_s, QString()},
        {ProfileStore::Key::ConfigRoot, u"configRoot"_s, QString()},
        {ProfileStore::Key::WebRoot, u"webRoot"_s, QString()},
        {ProfileStore::Key::WorkspaceId, u"workspaceId"_s, QString()},
        {ProfileStore::Key::AuthMethod, u"authMethod"_s,
         Profile::authMethodToString(Profile::AuthMethod::ClientCredentials)},
        {ProfileStore::Key::ClientId, u"clientId"_s, QString()},
        {ProfileStore::Key::LastUsed, u"lastUsed"_s, QString()},
        {ProfileStore::Key::ScheduleMinimum, u"scheduleMinimumMinutes"_s, -1},
        {ProfileStore::Key::CaBundle, u"caBundlePath"_s, QString()},
    };
    return table;
}

const KeyInfo &info(ProfileStore::Key key)
{
    const auto &table = keyTable();
    const auto it = std::find_if(table.cbegin(), table.cend(), [key](const KeyInfo &i) { return i.key == key; });
    Q_ASSERT(it != table.cend());
    return *it;
}

QString path(const QString &id, ProfileStore::Key key)
{
    return ProfilesGroup + u'/' + id + u'/' + info(key).name;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(const QString &iniFileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFileName, QSettings::IniFormat))
{
}

std::unique_ptr<ProfileStore> ProfileStore::createTemporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto store = std::make_unique<ProfileStore>(dir->filePath(u"profiles.ini"_s));
    store->m_tempDir = std::move(dir);
    return store;
}

ProfileStore::~ProfileStore()
{
    m_settings->sync();
}

QString ProfileStore::keyName(Key key)
{
    return info(key).name;
}

QVariant ProfileStore::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant ProfileStore::value(const QString &id, Key key) const
{
    return m_settings->value(path(id, key), defaultValue(key));
}

QStringList ProfileStore::ids() const
{
    m_settings->beginGroup(ProfilesGroup);
    QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    return groups;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    const QStringList all = ids();
    for (const QString &id : all) {
        if (auto p = profile(id))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

bool ProfileStore::contains(const QString &id) const
{
    return !id.isEmpty() && ids().contains(id);
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (!contains(id))
        return std::nullopt;
    Profile p;
    p.id = id;
    p.name = value(id, Key::Name).toString();
    p.kind = Profile::kindFromString(value(id, Key::Kind).toString());
    p.publicRoot = value(id, Key::PublicRoot).toString();
    p.configRoot = value(id, Key::ConfigRoot).toString();
    p.webRoot = value(id, Key::WebRoot).toString();
    p.workspaceId = value(id, Key::WorkspaceId).toString();
    p.authMethod = Profile::authMethodFromString(value(id, Key::AuthMethod).toString());
    p.clientId = value(id, Key::ClientId).toString();
    p.scheduleMinimumMinutes = value(id, Key::ScheduleMinimum).toInt();
    p.caBundlePath = value(id, Key::CaBundle).toString();
    p.lastUsed = QDateTime::fromString(value(id, Key::LastUsed).toString(), Qt::ISODateWithMs);
    return p;
}

// Writes exactly the Profile fields: there is no field a secret could travel in.
void ProfileStore::write(const Profile &p)
{
    m_settings->setValue(path(p.id, Key::Name), p.name);
    m_settings->setValue(path(p.id, Key::Kind), Profile::kindToString(p.kind));
    m_settings->setValue(path(p.id, Key::PublicRoot), p.publicRoot);
    m_settings->setValue(path(p.id, Key::ConfigRoot), p.configRoot);
    m_settings->setValue(path(p.id, Key::WebRoot), p.webRoot);
    m_settings->setValue(path(p.id, Key::WorkspaceId), p.workspaceId);
    m_settings->setValue(path(p.id, Key::AuthMethod), Profile::authMethodToString(p.authMethod));
    m_settings->setValue(path(p.id, Key::ClientId), p.clientId);
    m_settings->setValue(path(p.id, Key::ScheduleMinimum), p.scheduleMinimumMinutes);
    m_settings->setValue(path(p.id, Key::CaBundle), p.caBundlePath);
    m_settings->setValue(path(p.id, Key::LastUsed),
                         p.lastUsed.isValid() ? p.lastUsed.toUTC().toString(Qt::ISODateWithMs) : QString());
}

QString ProfileStore::add(const Profile &profile)
{
    Profile p = profile;
    if (p.id.isEmpty())
        p.id = Profile::create().id;
    if (contains(p.id))
        return {};
    write(p);
    Q_EMIT profilesChanged();
    return p.id;
}

bool ProfileStore::update(const Profile &profile)
{
    if (!contains(profile.id))
        return false;
    write(profile);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    if (!contains(id))
        return false;
    m_settings->remove(ProfilesGroup + u'/' + id);
    if (m_settings->value(CurrentProfileKey).toString() == id) {
        m_settings->remove(CurrentProfileKey);
        Q_EMIT currentProfileChanged({});
    }
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::currentProfileId() const
{
    const QString id = m_settings->value(CurrentProfileKey).toString();
    return contains(id) ? id : QString();
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    if (m_settings->value(CurrentProfileKey).toString() == id)
        return;
    if (id.isEmpty())
        m_settings->remove(CurrentProfileKey);
    else
        m_settings->setValue(CurrentProfileKey, id);
    Q_EMIT currentProfileChanged(id);
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::sync()
{
    m_settings->sync();
}

} // namespace airdesk::gui
