#pragma once

#include <QDateTime>
#include <QString>

namespace airdesk::gui {

/// One place Airdesk can connect to: where the API lives, which workspace, and how to
/// authenticate. Deliberately holds no secret: the client secret or bearer token lives only
/// in the SecretStore, so a Profile can be stored, copied and logged freely.
struct Profile
{
    enum class Kind { Sandbox, Cloud, SelfManaged, Environment };
    enum class AuthMethod { ClientCredentials, BearerToken };

    QString id; // a UUID without braces; also the key of the profile's secret
    QString name;
    Kind kind = Kind::Cloud;
    QString publicRoot; // empty = Airbyte Cloud
    QString configRoot; // empty = derived from publicRoot
    QString webRoot;    // empty = derived from publicRoot
    QString workspaceId;
    AuthMethod authMethod = AuthMethod::ClientCredentials;
    QString clientId; // an identifier, not a secret: stored with the profile
    /// The plan's floor between scheduled syncs, in minutes (60, 15, 1; 0 = none); -1 = the
    /// default for the kind: 60 on Airbyte Cloud (Standard plan), 1 elsewhere.
    int scheduleMinimumMinutes = -1;
    int effectiveScheduleMinimum() const;
    /// A PEM file of certificate authorities to trust besides the system's (a self-managed
    /// instance behind its own CA); empty = the system's only. A path, not a secret.
    QString caBundlePath;
    QDateTime lastUsed;

    /// A profile with a fresh id and nothing else set.
    static Profile create(const QString &name = {});
    /// The key of this profile's secret in the keychain ("<id>/secret").
    QString secretKey() const;

    static QString kindToString(Kind kind);
    static Kind kindFromString(const QString &text, Kind fallback = Kind::Cloud);
    static QString authMethodToString(AuthMethod method);
    static AuthMethod authMethodFromString(const QString &text, AuthMethod fallback = AuthMethod::ClientCredentials);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace airdesk::gui
