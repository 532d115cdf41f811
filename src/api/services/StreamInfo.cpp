#include "StreamInfo.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QList<QStringList> paths(const QJsonValue &value)
{
    QList<QStringList> out;
    for (const QJsonValue &item : value.toArray())
        out.append(strings(item));
    return out;
}

} // namespace

std::optional<StreamInfo> StreamInfo::fromJson(const QJsonObject &object, QString *error)
{
    if (!object.value(u"streamName"_s).isString()) {
        if (error)
            *error = u"A stream has no streamName."_s;
        return std::nullopt;
    }
    StreamInfo info;
    info.name = object.value(u"streamName"_s).toString();
    info.streamNamespace = object.value(u"streamnamespace"_s).toString();
    info.syncModes = strings(object.value(u"syncModes"_s));
    info.defaultCursorField = strings(object.value(u"defaultCursorField"_s));
    info.sourceDefinedCursor = object.value(u"sourceDefinedCursorField"_s).toBool();
    info.sourceDefinedPrimaryKey = paths(object.value(u"sourceDefinedPrimaryKey"_s));
    info.propertyFields = paths(object.value(u"propertyFields"_s));
    return info;
}

} // namespace airdesk::api
