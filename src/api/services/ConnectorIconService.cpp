#include "ConnectorIconService.h"

#include "ConnectorCatalogService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {
constexpr qint64 kMaxIconBytes = qint64{512} * 1024;
constexpr int kIconTimeoutMs = 15000;

bool looksLikeSvg(const QByteArray &body)
{
    return body.size() <= kMaxIconBytes && body.left(2048).contains("<svg");
}
} // namespace

ConnectorIconService::ConnectorIconService(ConnectorCatalogService *catalog, QNetworkAccessManager *network,
                                           const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_network(network)
    , m_cacheDirectory(cacheDirectory)
{
}

void ConnectorIconService::request(domain::ActorKind kind, const QStringList &definitionIds)
{
    QSet<QString> &wanted = m_wanted[int(kind)];
    for (const QString &id : definitionIds)
        if (!id.isEmpty() && !m_started.contains(id))
            wanted.insert(id);
    if (m_listsLoaded.contains(int(kind))) {
        fetchKnown(kind);
        return;
    }
    if (m_listsLoading.contains(int(kind)))
        return;
    m_listsLoading.insert(int(kind));
    m_catalog->definitions(kind, this,
                           [this, kind](const QList<domain::ConnectorDefinitionInfo> &definitions, const ApiError &error) {
                               m_listsLoading.remove(int(kind));
                               if (error.isError())
                                   return; // no icons this time; asked again on the next load
                               m_listsLoaded.insert(int(kind));
                               for (const domain::ConnectorDefinitionInfo &d : definitions)
                                   if (!d.iconUrl.isEmpty())
                                       m_urls.insert(d.id, QUrl(d.iconUrl));
                               fetchKnown(kind);
                           });
}

void ConnectorIconService::fetchKnown(domain::ActorKind kind)
{
    const QSet<QString> wanted = std::exchange(m_wanted[int(kind)], {});
    for (const QString &id : wanted) {
        const QUrl url = m_urls.value(id);
        if (url.isValid() && !m_started.contains(id)) {
            m_started.insert(id);
            fetch(id, url);
        }
    }
}

QString ConnectorIconService::cachePath(const QString &definitionId, const QUrl &url) const
{
    if (m_cacheDirectory.isEmpty())
        return {};
    // The URL's path is part of the name, so a definition whose icon changes gets the new one;
    // the host is not (the embedded sandbox listens on a new port at every start).
    const QByteArray hash =
        QCryptographicHash::hash(url.path(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    QString safeId = definitionId;
    safeId.replace(u'/', u'_').replace(u'\\', u'_');
    return QDir(m_cacheDirectory).filePath(safeId + u'-' + QString::fromLatin1(hash) + u".svg"_s);
}

void ConnectorIconService::fetch(const QString &definitionId, const QUrl &url)
{
    const QString path = cachePath(definitionId, url);
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray svg = file.read(kMaxIconBytes + 1);
            if (looksLikeSvg(svg)) {
                // Delivered from the event loop, like a download, so callers see one behaviour.
                QTimer::singleShot(0, this, [this, definitionId, svg] { deliver(definitionId, svg); });
                return;
            }
        }
    }
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return;
    QNetworkRequest request(url);
    request.setTransferTimeout(kIconTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, definitionId, path] {
        reply->deleteLater();
        const QByteArray svg = reply->read(kMaxIconBytes + 1);
        if (reply->error() != QNetworkReply::NoError || !looksLikeSvg(svg))
            return;
        if (!path.isEmpty() && QDir().mkpath(QFileInfo(path).absolutePath())) {
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly) && file.write(svg) == svg.size())
                file.commit();
        }
        deliver(definitionId, svg);
    });
}

void ConnectorIconService::deliver(const QString &definitionId, const QByteArray &svg)
{
    m_icons.insert(definitionId, svg);
    Q_EMIT iconReady(definitionId, svg);
}

} // namespace airdesk::api
