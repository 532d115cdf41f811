#include "CheckResult.h"

using namespace Qt::StringLiterals;

namespace airdesk::api {

std::optional<CheckResult> CheckResult::fromJson(const QJsonObject &object, QString *error)
{
    const QString status = object.value(u"status"_s).toString();
    if (status != u"succeeded"_s && status != u"failed"_s) {
        // PyAirbyte raises on anything else too: the check did not say whether it connected.
        if (error)
            *error = u"The connection check answered with status \"%1\"."_s.arg(status);
        return std::nullopt;
    }
    CheckResult result;
    result.succeeded = status == u"succeeded"_s;
    result.message = object.value(u"message"_s).toString();
    if (!result.succeeded && result.message.isEmpty())
        result.message = object.value(u"jobInfo"_s)
                             .toObject()
                             .value(u"failureReason"_s)
                             .toObject()
                             .value(u"externalMessage"_s)
                             .toString();
    return result;
}

} // namespace airdesk::api
