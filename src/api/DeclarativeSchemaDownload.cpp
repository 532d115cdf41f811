#include "DeclarativeSchemaDownload.h"

#include "core/manifest/DeclarativeSchemaSource.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {
Q_LOGGING_CATEGORY(lcSchema, "airdesk.api.schema")
constexpr qint64 kMaxBytes = 16 * 1024 * 1024; // the real file is about 220 KB
} // namespace

DeclarativeSchemaDownload::DeclarativeSchemaDownload(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QUrl DeclarativeSchemaDownload::sourceUrl()
{
    const QString overridden = qEnvironmentVariable("AIRDESK_DECLARATIVE_SCHEMA_URL");
    return overridden.isEmpty() ? manifest::DeclarativeSchemaSource::publishedUrl() : QUrl(overridden);
}

void DeclarativeSchemaDownload::fetch(const QObject *context, Callback callback)
{
    QNetworkRequest request(sourceUrl());
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    qCInfo(lcSchema) << "downloading the declarative component schema from" << request.url().toString();
    QNetworkReply *reply = m_network->get(request);
    reply->setParent(this);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxBytes)
            reply->abort();
    });
    QPointer<const QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, callback = std::move(callback)] {
        reply->deleteLater();
        QString path;
        QString error;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0 && status != 200) {
            error = tr("Could not download the schema from %1: HTTP %2").arg(reply->url().toString()).arg(status);
        } else if (reply->error() != QNetworkReply::NoError) {
            error = tr("Could not download the schema from %1: %2").arg(reply->url().toString(), reply->errorString());
        } else if (manifest::DeclarativeSchemaSource::storeInCache(reply->readAll(), &error)) {
            path = manifest::DeclarativeSchemaSource::cacheFilePath();
        }
        if (!error.isEmpty())
            qCWarning(lcSchema) << error;
        if (guard)
            callback(path, error);
    });
}

} // namespace airdesk::api
