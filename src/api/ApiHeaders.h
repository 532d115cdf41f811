#pragma once

#include <QNetworkRequest>
#include <QString>

namespace airdesk::api {

/// The headers every request carries: User-Agent, Accept and a fresh X-Request-ID.
namespace ApiHeaders {

QByteArray userAgent();
/// Stamps the common headers on `request` and returns the request id it got.
QString stamp(QNetworkRequest &request);

} // namespace ApiHeaders
} // namespace airdesk::api
