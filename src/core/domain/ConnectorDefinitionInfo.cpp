#include "core/domain/ConnectorDefinitionInfo.h"

#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<ConnectorDefinitionInfo> ConnectorDefinitionInfo::fromJson(const QJsonObject &object, QString *error)
{
    // The public /connector_definitions rows say their type; the others are taken as sources
    // unless they carry a destination id.
    const ActorKind kind = object.value(u"connectorDefinitionType"_s).toString() == u"destination"_s
        ? ActorKind::Destination
        : ActorKind::Source;
    return fromJson(object, kind, error);
}

std::optional<ConnectorDefinitionInfo> ConnectorDefinitionInfo::fromJson(const QJsonObject &object, ActorKind kind,
                                                                         QString *error)
{
    JsonFieldReader reader(object, u"ConnectorDefinitionInfo"_s);
    ConnectorDefinitionInfo info;
    info.kind = kind;
    if (object.contains(u"sourceDefinitionId"_s)) {
        info.kind = ActorKind::Source;
        info.idKey = u"sourceDefinitionId"_s;
    } else if (object.contains(u"destinationDefinitionId"_s)) {
        info.kind = ActorKind::Destination;
        info.idKey = u"destinationDefinitionId"_s;
    } else {
        info.idKey = u"id"_s;
    }
    if (!reader.requireString(info.idKey, info.id)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    info.name = reader.string(u"name"_s);
    info.dockerRepository = reader.string(u"dockerRepository"_s);
    info.dockerImageTag = reader.string(u"dockerImageTag"_s);
    if (info.dockerImageTag.isEmpty()) // left in raw: it is re-emitted as `version`
        info.dockerImageTag = object.value(u"version"_s).toString();
    info.documentationUrl = reader.string(u"documentationUrl"_s);
    info.iconUrl = reader.string(u"icon"_s);
    info.supportLevel = reader.string(u"supportLevel"_s);
    info.releaseStage = reader.string(u"releaseStage"_s);
    info.custom = reader.boolean(u"custom"_s).value_or(false);
    info.raw = reader.rest();
    return info;
}

QJsonObject ConnectorDefinitionInfo::toJson() const
{
    QJsonObject out = raw;
    out.insert(idKey.isEmpty() ? u"id"_s : idKey, id);
    JsonFieldReader::put(out, u"name"_s, name, true);
    JsonFieldReader::put(out, u"dockerRepository"_s, dockerRepository, false);
    if (out.value(u"version"_s).toString() != dockerImageTag)
        JsonFieldReader::put(out, u"dockerImageTag"_s, dockerImageTag, false);
    JsonFieldReader::put(out, u"documentationUrl"_s, documentationUrl, false);
    JsonFieldReader::put(out, u"icon"_s, iconUrl, false);
    JsonFieldReader::put(out, u"supportLevel"_s, supportLevel, false);
    JsonFieldReader::put(out, u"releaseStage"_s, releaseStage, false);
    // `custom` is a Config API field (always sent there); the public shape does not have it.
    if ((custom || idKey != u"id"_s) && !out.contains(u"custom"_s))
        out.insert(u"custom"_s, custom);
    return out;
}

} // namespace airdesk::domain
