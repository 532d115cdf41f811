#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;
class QTemporaryDir;

namespace airdesk::gui {

/// The one place profiles are read from and written to QSettings. Typed like KeePassXC's
/// Config: a key enum and one defaults table. It never writes a secret: Profile has none, and
/// nothing else reaches the file (tests read the file's bytes back to prove it).
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    /// The per-profile keys, stored under profiles/<id>/<name>.
    enum class Key { Name, Kind, PublicRoot, ConfigRoot, WebRoot, WorkspaceId, AuthMethod, ClientId, LastUsed, ScheduleMinimum,
                     CaBundle };

    /// The application's settings (QSettings with the organization and application names).
    explicit ProfileStore(QObject *parent = nullptr);
    /// An INI file of the caller's choosing (tests, portable installs).
    explicit ProfileStore(const QString &iniFileName, QObject *parent = nullptr);
    /// A store on a fresh file in a temporary directory that goes with it (tests).
    static std::unique_ptr<ProfileStore> createTemporary();
    ~ProfileStore() override;

    /// Sorted by name (case-insensitive), then id.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    bool contains(const QString &id) const;

    /// Stores a new profile; an empty id is replaced by a fresh one. Returns the id, or empty
    /// when a profile with that id already exists.
    QString add(const Profile &profile);
    /// Overwrites an existing profile; false when there is none with its id.
    bool update(const Profile &profile);
    /// Removes the profile (and clears it as current). The caller removes its secret.
    bool remove(const QString &id);

    /// Empty when none was chosen or the chosen one was removed.
    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);

    /// The file behind the store (for tests and diagnostics).
    QString fileName() const;
    void sync();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

Q_SIGNALS:
    void profilesChanged();
    void currentProfileChanged(const QString &id);

private:
    QVariant value(const QString &id, Key key) const;
    void write(const Profile &profile);
    QStringList ids() const;

    std::unique_ptr<QTemporaryDir> m_tempDir; // only for createTemporary()
    std::unique_ptr<QSettings> m_settings;
};

} // namespace airdesk::gui
