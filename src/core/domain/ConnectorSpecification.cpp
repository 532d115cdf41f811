#include "core/domain/ConnectorSpecification.h"

#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

namespace {

QString idKeyFor(ActorKind kind)
{
    return kind == ActorKind::Source ? u"sourceDefinitionId"_s : u"destinationDefinitionId"_s;
}

} // namespace

std::optional<ConnectorSpecification> ConnectorSpecification::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"ConnectorSpecification"_s);
    ConnectorSpecification spec;
    spec.kind = !object.contains(u"sourceDefinitionId"_s) && object.contains(u"destinationDefinitionId"_s)
        ? ActorKind::Destination
        : ActorKind::Source;
    if (!reader.requireString(idKeyFor(spec.kind), spec.definitionId)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    spec.documentationUrl = reader.string(u"documentationUrl"_s);
    spec.connectionSpecification = reader.object(u"connectionSpecification"_s).value_or(QJsonObject());
    spec.advancedAuth = reader.object(u"advancedAuth"_s).value_or(QJsonObject());
    spec.supportedDestinationSyncModes = reader.stringList(u"supportedDestinationSyncModes"_s).value_or(QStringList());
    spec.raw = reader.rest();
    return spec;
}

QJsonObject ConnectorSpecification::toJson() const
{
    QJsonObject out = raw;
    out.insert(idKeyFor(kind), definitionId);
    JsonFieldReader::put(out, u"documentationUrl"_s, documentationUrl, false);
    if (!out.contains(u"connectionSpecification"_s))
        out.insert(u"connectionSpecification"_s, connectionSpecification);
    if (!advancedAuth.isEmpty())
        out.insert(u"advancedAuth"_s, advancedAuth);
    if (!supportedDestinationSyncModes.isEmpty())
        out.insert(u"supportedDestinationSyncModes"_s, JsonFieldReader::toJsonArray(supportedDestinationSyncModes));
    return out;
}

} // namespace airdesk::domain
