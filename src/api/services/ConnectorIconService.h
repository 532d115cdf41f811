#pragma once

#include "core/domain/Actor.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace airdesk::api {

class ConnectorCatalogService;

/// Connector icons for the tables: the icon URL of each definition comes from the Config
/// API's definition list (read once per kind), each icon is downloaded once and kept on disk,
/// so later starts show icons without a request. Icons live on public hosts, so they are
/// fetched without the API's Authorization header; bodies over 512 KiB or not SVG are ignored.
class ConnectorIconService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorIconService)

public:
    /// `cacheDirectory` holds the SVG files (created when needed; empty: no disk cache).
    ConnectorIconService(ConnectorCatalogService *catalog, QNetworkAccessManager *network,
                         const QString &cacheDirectory, QObject *parent = nullptr);

    /// Asks for the icons of these definitions; each arrives once through iconReady (at once
    /// from the disk cache, later from the network). Unknown ids and failures stay silent: a
    /// table without an icon is still a table.
    void request(domain::ActorKind kind, const QStringList &definitionIds);
    /// The SVG already known for a definition (empty when none yet).
    QByteArray icon(const QString &definitionId) const { return m_icons.value(definitionId); }

Q_SIGNALS:
    void iconReady(const QString &definitionId, const QByteArray &svg);

private:
    void fetchKnown(domain::ActorKind kind);
    void fetch(const QString &definitionId, const QUrl &url);
    QString cachePath(const QString &definitionId, const QUrl &url) const;
    void deliver(const QString &definitionId, const QByteArray &svg);

    ConnectorCatalogService *m_catalog;
    QNetworkAccessManager *m_network;
    QString m_cacheDirectory;
    QHash<QString, QUrl> m_urls;                 // definition id -> icon URL
    QHash<QString, QByteArray> m_icons;          // definition id -> SVG
    QSet<QString> m_started;                     // definition ids fetched or being fetched
    QHash<int, QSet<QString>> m_wanted;          // kind -> ids asked for before the list came
    QSet<int> m_listsLoaded;
    QSet<int> m_listsLoading;
};

} // namespace airdesk::api
