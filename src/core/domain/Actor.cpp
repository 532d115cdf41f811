#include "core/domain/Actor.h"

#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

QString Actor::idKey(ActorKind kind)
{
    return kind == ActorKind::Source ? u"sourceId"_s : u"destinationId"_s;
}

QString Actor::typeKey(ActorKind kind)
{
    return kind == ActorKind::Source ? u"sourceType"_s : u"destinationType"_s;
}

std::optional<Actor> Actor::fromJson(const QJsonObject &object, QString *error)
{
    const bool destination = !object.contains(u"sourceId"_s) && object.contains(u"destinationId"_s);
    return fromJson(object, destination ? ActorKind::Destination : ActorKind::Source, error);
}

std::optional<Actor> Actor::fromJson(const QJsonObject &object, ActorKind kind, QString *error)
{
    JsonFieldReader reader(object, kind == ActorKind::Source ? u"Source"_s : u"Destination"_s);
    Actor actor;
    actor.kind = kind;
    if (!reader.requireString(idKey(kind), actor.id)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    actor.name = reader.string(u"name"_s);
    actor.typeName = reader.string(typeKey(kind));
    actor.definitionId = reader.string(u"definitionId"_s);
    actor.workspaceId = reader.string(u"workspaceId"_s);
    actor.configuration = reader.object(u"configuration"_s).value_or(QJsonObject());
    actor.createdAt = reader.epochSeconds(u"createdAt"_s).value_or(QDateTime());
    actor.raw = reader.rest();
    return actor;
}

QJsonObject Actor::toJson() const
{
    QJsonObject out = raw;
    out.insert(idKey(kind), id);
    JsonFieldReader::put(out, u"name"_s, name, true);
    // sourceType is "" for unknown definitions but always present in the response.
    JsonFieldReader::put(out, typeKey(kind), typeName, true);
    JsonFieldReader::put(out, u"definitionId"_s, definitionId, true);
    JsonFieldReader::put(out, u"workspaceId"_s, workspaceId, true);
    if (!out.contains(u"configuration"_s) || !configuration.isEmpty())
        out.insert(u"configuration"_s, configuration);
    JsonFieldReader::putEpochSeconds(out, u"createdAt"_s, createdAt);
    return out;
}

} // namespace airdesk::domain
