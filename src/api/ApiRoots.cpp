#include "ApiRoots.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {

QString trimmedRoot(const QString &text)
{
    QString root = text.trimmed();
    while (root.endsWith(u'/'))
        root.chop(1);
    return root;
}

std::optional<QUrl> httpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return std::nullopt;
    return url;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::api::ApiRoots", text);
}

} // namespace

std::optional<ApiRoots> ApiRoots::make(const QString &publicRoot, const QString &configRoot, const QString &webRoot,
                                       QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ApiRoots> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString publicText = trimmedRoot(publicRoot.isEmpty() ? QString::fromLatin1(CloudPublicRoot) : publicRoot);
    const auto publicUrl = httpUrl(publicText);
    if (!publicUrl)
        return fail(tr("The API URL \"%1\" is not an http or https address.").arg(publicText));

    const QString suffix = u"/api/public/v1"_s;
    QString configText = trimmedRoot(configRoot);
    QString webText = trimmedRoot(webRoot);
    const bool cloud = publicText == QLatin1String(CloudPublicRoot);
    if (configText.isEmpty()) {
        if (cloud)
            configText = QString::fromLatin1(CloudConfigRoot);
        else if (publicText.endsWith(suffix))
            configText = publicText.chopped(suffix.size()) + u"/api/v1"_s;
        else
            return fail(tr("Cannot derive the Config API URL from \"%1\"; give it explicitly "
                           "(self-managed servers use <host>/api/v1).").arg(publicText));
    }
    if (webText.isEmpty()) {
        // PyAirbyte returns the API root itself for non-Cloud servers (its issue #563); the web
        // app lives at the host's root, so strip the API path instead.
        if (cloud)
            webText = QString::fromLatin1(CloudWebRoot);
        else if (publicText.endsWith(suffix))
            webText = publicText.chopped(suffix.size());
        else
            webText = publicUrl->adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    }
    const auto configUrl = httpUrl(configText);
    if (!configUrl)
        return fail(tr("The Config API URL \"%1\" is not an http or https address.").arg(configText));
    const auto webUrl = httpUrl(webText);
    if (!webUrl)
        return fail(tr("The web URL \"%1\" is not an http or https address.").arg(webText));
    ApiRoots roots;
    roots.m_public = *publicUrl;
    roots.m_config = *configUrl;
    roots.m_web = *webUrl;
    return roots;
}

bool ApiRoots::isCloud() const
{
    return m_public.toString() == QLatin1String(CloudPublicRoot);
}

QUrl ApiRoots::workspaceUrl(const QString &workspaceId) const
{
    return QUrl(m_web.toString() + u"/workspaces/"_s + workspaceId);
}

QUrl ApiRoots::connectionUrl(const QString &workspaceId, const QString &connectionId) const
{
    return QUrl(workspaceUrl(workspaceId).toString() + u"/connections/"_s + connectionId);
}

QUrl ApiRoots::jobHistoryUrl(const QString &workspaceId, const QString &connectionId) const
{
    return QUrl(connectionUrl(workspaceId, connectionId).toString() + u"/timeline"_s);
}

QUrl ApiRoots::sourceUrl(const QString &workspaceId, const QString &sourceId) const
{
    return QUrl(workspaceUrl(workspaceId).toString() + u"/source/"_s + sourceId);
}

QUrl ApiRoots::destinationUrl(const QString &workspaceId, const QString &destinationId) const
{
    return QUrl(workspaceUrl(workspaceId).toString() + u"/destination/"_s + destinationId);
}

QUrl ApiRoots::builderProjectUrl(const QString &workspaceId, const QString &projectId) const
{
    return QUrl(workspaceUrl(workspaceId).toString() + u"/connector-builder/edit/"_s + projectId);
}

QUrl ApiRoots::customDefinitionsUrl(const QString &workspaceId) const
{
    return QUrl(workspaceUrl(workspaceId).toString() + u"/settings/source"_s);
}

} // namespace airdesk::api
