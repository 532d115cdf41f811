#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace airdesk::api {

/// How a client authenticates: exactly one of a bearer token or a client id + secret
/// (PyAirbyte's CloudClientConfig). Never printed: debug output is redacted.
class Credentials final
{
public:
    enum class Method { BearerToken, ClientCredentials };

    static Credentials bearer(const QString &token);
    static Credentials clientCredentials(const QString &clientId, const QString &clientSecret);
    /// From whichever values are set; a clear error when both methods, neither, or half a
    /// client-credential pair are given.
    static std::optional<Credentials> fromValues(const QString &bearerToken, const QString &clientId,
                                                 const QString &clientSecret, QString *error);

    Method method() const { return m_method; }
    QString bearerToken() const { return m_bearerToken; }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    /// "bearer token" or "client id abc…" — safe to show and log.
    QString describe() const;

private:
    Method m_method = Method::BearerToken;
    QString m_bearerToken;
    QString m_clientId;
    QString m_clientSecret;
};

/// What the environment says about a workspace, read with the names PyAirbyte uses.
struct EnvironmentConfig
{
    std::optional<Credentials> credentials; // nullopt when none are set (or on error)
    QString credentialsError;               // set when they are set but inconsistent
    QString workspaceId;
    QString apiUrl;
    QString configApiUrl;

    /// AIRBYTE_CLOUD_* wins over its AIRBYTE_* alias; a bearer token wins over client credentials.
    static EnvironmentConfig read(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace airdesk::api
