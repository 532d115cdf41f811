#include "ConnectionDraft.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

QString ConnectionDraft::key(const QString &workspaceId)
{
    return QString(u"new-connection-"_s + workspaceId);
}

QJsonObject ConnectionDraft::toJson() const
{
    QJsonArray streams;
    for (const auto &stream : request.streams)
        streams.append(QJsonObject{{u"name"_s, stream.name}, {u"syncMode"_s, stream.syncMode}});
    return QJsonObject{
        {u"sourceId"_s, request.sourceId},
        {u"destinationId"_s, request.destinationId},
        {u"streams"_s, streams},
        {u"name"_s, request.name},
        {u"prefix"_s, request.prefix},
        {u"namespaceDefinition"_s, request.namespaceDefinition},
        {u"namespaceFormat"_s, request.namespaceFormat},
        {u"nonBreakingSchemaUpdatesBehavior"_s, request.nonBreakingSchemaUpdatesBehavior},
        {u"schedule"_s, request.schedule.toJson()},
        {u"enabled"_s, request.enabled},
    };
}

ConnectionDraft ConnectionDraft::fromJson(const QJsonObject &object)
{
    ConnectionDraft draft;
    auto &r = draft.request;
    r.sourceId = object.value(u"sourceId"_s).toString();
    r.destinationId = object.value(u"destinationId"_s).toString();
    const QJsonArray streams = object.value(u"streams"_s).toArray();
    for (const QJsonValue &value : streams) {
        const QJsonObject stream = value.toObject();
        if (const QString name = stream.value(u"name"_s).toString(); !name.isEmpty())
            r.streams.append({name, stream.value(u"syncMode"_s).toString()});
    }
    r.name = object.value(u"name"_s).toString();
    r.prefix = object.value(u"prefix"_s).toString();
    r.namespaceDefinition = object.value(u"namespaceDefinition"_s).toString();
    r.namespaceFormat = object.value(u"namespaceFormat"_s).toString();
    r.nonBreakingSchemaUpdatesBehavior = object.value(u"nonBreakingSchemaUpdatesBehavior"_s).toString();
    if (const auto schedule = domain::ConnectionSchedule::fromJson(object.value(u"schedule"_s).toObject()))
        r.schedule = *schedule;
    r.enabled = object.value(u"enabled"_s).toBool(true);
    return draft;
}

} // namespace airdesk::gui
