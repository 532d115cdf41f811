#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace airdesk::api {

/// Fetches Airbyte's declarative component schema from the published CDK (or the URL in
/// AIRDESK_DECLARATIVE_SCHEMA_URL, for mirrors and tests) and stores it in the per-user cache
/// (core/manifest/DeclarativeSchemaSource), where validation finds it from then on. Not an
/// Airbyte API call, so it bypasses ApiClient: no credentials go to GitHub.
class DeclarativeSchemaDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclarativeSchemaDownload)

public:
    /// Gets the cached file's path, or an empty path and why not.
    using Callback = std::function<void(const QString &path, const QString &error)>;

    explicit DeclarativeSchemaDownload(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// The published CDK's file, unless the environment names another.
    [[nodiscard]] static QUrl sourceUrl();

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Downloads, checks that the text compiles as the schema, caches it, then calls back
    /// (through @p context; never when it is gone).
    void fetch(const QObject *context, Callback callback);

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 20000;
};

} // namespace airdesk::api
