#include "ApiHeaders.h"

#include <QUuid>

namespace airdesk::api::ApiHeaders {

QByteArray userAgent()
{
    return QByteArrayLiteral("airdesk/" AIRDESK_VERSION);
}

QString stamp(QNetworkRequest &request)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Request-ID", requestId.toLatin1());
    return requestId;
}

} // namespace airdesk::api::ApiHeaders
