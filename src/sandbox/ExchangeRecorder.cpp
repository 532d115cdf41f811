#include "ExchangeRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

QJsonValue bodyValue(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonObject{{u"$raw"_s, QString::fromUtf8(body.left(4096))}};
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

QString apiName(ApiKind api)
{
    switch (api) {
    case ApiKind::Public:
        return u"public"_s;
    case ApiKind::Config:
        return u"config"_s;
    case ApiKind::Other:
        break;
    }
    return u"other"_s;
}

} // namespace

ExchangeRecorder::ExchangeRecorder(const QString &path)
    : m_file(path)
{
    if (!path.isEmpty())
        (void)m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void ExchangeRecorder::record(const SandboxRequest &request, const SandboxResponse &response, const QString &fault)
{
    if (!m_file.isOpen())
        return;
    // Token requests carry credentials: record their shape, never their values.
    QJsonValue requestBody = bodyValue(request.body);
    if (request.path == u"/applications/token"_s) {
        if (request.contentType.startsWith("application/x-www-form-urlencoded")) {
            requestBody = u"client_id=<redacted>&client_secret=<redacted>&grant_type=client_credentials"_s;
        } else {
            QJsonObject o = requestBody.toObject();
            for (const QString &key : {u"client_id"_s, u"client_secret"_s})
                if (o.contains(key))
                    o.insert(key, u"<redacted>"_s);
            requestBody = o;
        }
    }
    QJsonValue responseBody = bodyValue(response.body);
    if (request.path == u"/applications/token"_s && response.status == 200) {
        QJsonObject o = responseBody.toObject();
        o.insert(u"access_token"_s, u"<redacted>"_s);
        responseBody = o;
    }
    const QJsonObject line{{u"api"_s, apiName(request.api)},
                           {u"method"_s, QString::fromLatin1(request.method)},
                           {u"path"_s, request.path},
                           {u"query"_s, request.query.toString(QUrl::FullyEncoded)},
                           {u"requestContentType"_s, request.contentType.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                   : QJsonValue(QString::fromLatin1(request.contentType))},
                           {u"requestBody"_s, requestBody},
                           {u"status"_s, response.status},
                           {u"contentType"_s, response.contentType.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(QString::fromLatin1(response.contentType))},
                           {u"body"_s, responseBody},
                           {u"fault"_s, fault.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fault)}};
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace airdesk::sandbox
