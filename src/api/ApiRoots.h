#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace airdesk::api {

/// The three roots a workspace needs: the public API, the Config API (logs, specs, state,
/// builder projects) and the web UI (for the links PyAirbyte builds). The Config and web
/// roots are derived from the public one unless given (airbyte-api-notes §1.1).
class ApiRoots final
{
public:
    static constexpr auto CloudPublicRoot = "https://api.airbyte.com/v1";
    static constexpr auto CloudConfigRoot = "https://cloud.airbyte.com/api/v1";
    static constexpr auto CloudWebRoot = "https://cloud.airbyte.com";

    /// Derives what is not given; nullopt and a reason when the public root is not a usable
    /// http(s) URL or the Config root cannot be derived from it.
    static std::optional<ApiRoots> make(const QString &publicRoot, const QString &configRoot = {},
                                        const QString &webRoot = {}, QString *error = nullptr);

    QUrl publicRoot() const { return m_public; }
    QUrl configRoot() const { return m_config; }
    QUrl webRoot() const { return m_web; }
    bool isCloud() const;

    QUrl workspaceUrl(const QString &workspaceId) const;
    QUrl connectionUrl(const QString &workspaceId, const QString &connectionId) const;
    QUrl jobHistoryUrl(const QString &workspaceId, const QString &connectionId) const;
    QUrl sourceUrl(const QString &workspaceId, const QString &sourceId) const;
    QUrl destinationUrl(const QString &workspaceId, const QString &destinationId) const;
    QUrl builderProjectUrl(const QString &workspaceId, const QString &projectId) const;
    QUrl customDefinitionsUrl(const QString &workspaceId) const;

private:
    QUrl m_public;
    QUrl m_config;
    QUrl m_web;
};

} // namespace airdesk::api
