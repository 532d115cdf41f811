#include "ReplyReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::api::ApiClient", text);
}

} // namespace

ReplyReading readReply(const ReplyFacts &facts)
{
    ReplyReading reading;
    reading.error = ApiError::fromResponse(facts.networkError, facts.httpStatus, facts.body, facts.networkErrorText);
    reading.response.httpStatus = facts.httpStatus;
    reading.response.body = facts.body;
    if (reading.error.isError() || facts.body.trimmed().isEmpty())
        return reading;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(facts.body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        reading.response.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        return reading;
    }
    if (!facts.contentType.isEmpty() && !facts.contentType.contains(u"json"_s, Qt::CaseInsensitive)) {
        // A proxy's or portal's page in place of the API's answer.
        reading.error = ApiError::invalidResponse(tr("The server answered with %1 instead of JSON; a proxy or sign-in "
                                                     "page may be in the way.")
                                                      .arg(facts.contentType.section(u';', 0, 0).trimmed()));
    } else {
        reading.error = ApiError::invalidResponse(
            tr("The answer is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    }
    reading.error.httpStatus = facts.httpStatus;
    return reading;
}

} // namespace airdesk::api
