#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace airdesk::sandbox {

/// Issues access tokens for client credentials and checks bearer tokens, like the server's
/// application service: tokens carry an expiry; a fixed token (if configured) never expires.
class TokenIssuer final
{
public:
    enum class Check { Valid, Expired, Unknown };

    void setFixedToken(const QString &token) { m_fixedToken = token; }
    QString issue(const QDateTime &now, int ttlSeconds);
    Check check(const QString &token, const QDateTime &now) const;

private:
    QString m_fixedToken;
    QHash<QString, QDateTime> m_expiry;
};

} // namespace airdesk::sandbox
