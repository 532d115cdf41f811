#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace airdesk::api {

/// What a finished reply carried, copied out of the QNetworkReply so it can be read anywhere.
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int httpStatus = 0;
    QString contentType;
    QByteArray body;
};

/// A reply read into a response (the parsed JSON) or an error.
struct ReplyReading
{
    ApiResponse response;
    ApiError error;
};

/// Turns the facts of a reply into a response or an ApiError: the status and the problem
/// body, a broken transfer, a page that is not JSON. A pure function of its input, so ApiClient
/// runs it on a worker thread for bodies too large to parse without stalling the window.
ReplyReading readReply(const ReplyFacts &facts);

/// Bodies from this size on are read off the GUI thread (a 50 MB job log takes ~0.5 s to parse).
inline constexpr qsizetype kOffThreadReplyBytes = qsizetype{512} * 1024;

} // namespace airdesk::api
