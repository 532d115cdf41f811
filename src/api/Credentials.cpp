#include "Credentials.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::api::Credentials", text);
}

QString firstSet(const QProcessEnvironment &env, const QString &name, const QString &alias)
{
    const QString value = env.value(name).trimmed();
    return value.isEmpty() ? env.value(alias).trimmed() : value;
}
} // namespace

Credentials Credentials::bearer(const QString &token)
{
    Credentials c;
    c.m_method = Method::BearerToken;
    c.m_bearerToken = token;
    return c;
}

Credentials Credentials::clientCredentials(const QString &clientId, const QString &clientSecret)
{
    Credentials c;
    c.m_method = Method::ClientCredentials;
    c.m_clientId = clientId;
    c.m_clientSecret = clientSecret;
    return c;
}

std::optional<Credentials> Credentials::fromValues(const QString &bearerToken, const QString &clientId,
                                                   const QString &clientSecret, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Credentials> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const bool hasBearer = !bearerToken.trimmed().isEmpty();
    const bool hasId = !clientId.trimmed().isEmpty();
    const bool hasSecret = !clientSecret.isEmpty();
    if (hasBearer && (hasId || hasSecret))
        return fail(tr("Give either a bearer token or a client id and secret, not both."));
    if (hasBearer)
        return bearer(bearerToken.trimmed());
    if (hasId && hasSecret)
        return clientCredentials(clientId.trimmed(), clientSecret);
    if (hasId)
        return fail(tr("A client id was given without its client secret."));
    if (hasSecret)
        return fail(tr("A client secret was given without its client id."));
    return fail(tr("No credentials: give a bearer token, or a client id and secret."));
}

QString Credentials::describe() const
{
    if (m_method == Method::BearerToken)
        return tr("bearer token");
    return tr("client id %1").arg(m_clientId.left(8) + (m_clientId.size() > 8 ? u"…"_s : QString()));
}

EnvironmentConfig EnvironmentConfig::read(const QProcessEnvironment &env)
{
    EnvironmentConfig config;
    QString bearerToken = firstSet(env, u"AIRBYTE_CLOUD_BEARER_TOKEN"_s, u"AIRBYTE_BEARER_TOKEN"_s);
    QString clientId = firstSet(env, u"AIRBYTE_CLOUD_CLIENT_ID"_s, u"AIRBYTE_CLIENT_ID"_s);
    QString clientSecret = firstSet(env, u"AIRBYTE_CLOUD_CLIENT_SECRET"_s, u"AIRBYTE_CLIENT_SECRET"_s);
    config.workspaceId = firstSet(env, u"AIRBYTE_CLOUD_WORKSPACE_ID"_s, u"AIRBYTE_WORKSPACE_ID"_s);
    config.apiUrl = firstSet(env, u"AIRBYTE_CLOUD_API_URL"_s, u"AIRBYTE_API_ROOT"_s);
    config.configApiUrl = firstSet(env, u"AIRBYTE_CLOUD_CONFIG_API_URL"_s, u"AIRBYTE_CONFIG_API_ROOT"_s);
    if (!bearerToken.isEmpty()) { // the bearer token wins (PyAirbyte's resolution order)
        clientId.clear();
        clientSecret.clear();
    }
    if (bearerToken.isEmpty() && clientId.isEmpty() && clientSecret.isEmpty())
        return config;
    config.credentials = Credentials::fromValues(bearerToken, clientId, clientSecret, &config.credentialsError);
    return config;
}

} // namespace airdesk::api
