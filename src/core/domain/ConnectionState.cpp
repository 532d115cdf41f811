#include "core/domain/ConnectionState.h"

#include "core/domain/JsonFieldReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::domain {

namespace {

QList<ConnectionState::StreamState> readStreamStates(const QJsonValue &value)
{
    QList<ConnectionState::StreamState> streams;
    for (const QJsonValue entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        const QJsonObject descriptor = object.value(u"streamDescriptor"_s).toObject();
        ConnectionState::StreamState stream;
        stream.name = descriptor.value(u"name"_s).toString();
        stream.streamNamespace = descriptor.value(u"namespace"_s).toString();
        stream.state = object.value(u"streamState"_s).toObject();
        if (!stream.name.isEmpty())
            streams.append(stream);
    }
    return streams;
}

} // namespace

ConnectionState::Type ConnectionState::typeFromString(const QString &text)
{
    if (text == u"global"_s)
        return Type::Global;
    if (text == u"stream"_s)
        return Type::Stream;
    if (text == u"legacy"_s)
        return Type::Legacy;
    if (text == u"not_set"_s)
        return Type::NotSet;
    return Type::Unknown;
}

QString ConnectionState::toString(Type type)
{
    switch (type) {
    case Type::Global:
        return u"global"_s;
    case Type::Stream:
        return u"stream"_s;
    case Type::Legacy:
        return u"legacy"_s;
    case Type::NotSet:
        return u"not_set"_s;
    case Type::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<ConnectionState> ConnectionState::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"ConnectionState"_s);
    ConnectionState state;
    if (!reader.requireString(u"connectionId"_s, state.connectionId)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    state.stateTypeText = object.value(u"stateType"_s).toString();
    state.stateType = typeFromString(state.stateTypeText);
    if (state.stateType == Type::Global) {
        const QJsonObject global = object.value(u"globalState"_s).toObject();
        state.sharedState = global.value(u"shared_state"_s).toObject();
        state.streams = readStreamStates(global.value(u"streamStates"_s));
    } else if (state.stateType == Type::Stream) {
        state.streams = readStreamStates(object.value(u"streamState"_s));
    } else if (state.stateType == Type::Legacy) {
        state.legacyState = object.value(u"state"_s).toObject();
    }
    state.raw = object;
    return state;
}

std::optional<ConnectionState::StreamState> ConnectionState::stream(const QString &name,
                                                                    const QString &streamNamespace) const
{
    for (const StreamState &candidate : streams) {
        if (candidate.name == name && candidate.streamNamespace == streamNamespace)
            return candidate;
    }
    return std::nullopt;
}

} // namespace airdesk::domain
