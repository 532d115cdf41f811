#include "ConnectionCreateRequest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::api {

QJsonObject ConnectionCreateRequest::toJson() const
{
    QJsonArray list;
    for (const Stream &s : streams) {
        QJsonObject o{{u"name"_s, s.name}};
        if (!s.syncMode.isEmpty())
            o.insert(u"syncMode"_s, s.syncMode);
        list.append(o);
    }
    QJsonObject body{{u"name"_s, name},
                     {u"sourceId"_s, sourceId},
                     {u"destinationId"_s, destinationId},
                     {u"configurations"_s, QJsonObject{{u"streams"_s, list}}},
                     {u"schedule"_s, schedule.toRequestJson()},
                     {u"status"_s, enabled ? u"active"_s : u"inactive"_s}};
    if (!prefix.isEmpty())
        body.insert(u"prefix"_s, prefix);
    if (!namespaceDefinition.isEmpty())
        body.insert(u"namespaceDefinition"_s, namespaceDefinition);
    if (namespaceDefinition == u"custom_format" && !namespaceFormat.isEmpty())
        body.insert(u"namespaceFormat"_s, namespaceFormat);
    if (!nonBreakingSchemaUpdatesBehavior.isEmpty())
        body.insert(u"nonBreakingSchemaUpdatesBehavior"_s, nonBreakingSchemaUpdatesBehavior);
    return body;
}

} // namespace airdesk::api
