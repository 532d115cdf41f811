// Config API connection checks: of a deployed source or destination (/sources/check_connection),
// of a configuration that is not saved yet (/scheduler/sources/check_connection, what the web
// app's "Test" runs before a first save) and of a proposed change to a deployed one
// (/sources/check_connection_for_update). Destination twins alike. A check never stores
// anything; it answers after the configured check duration, as a real connector takes seconds.
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"

#include "core/spec/ConfigValidator.h"
#include "core/spec/SecretFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

QString kindWord(ActorKind kind)
{
    return kind == ActorKind::Source ? u"source"_s : u"destination"_s;
}

/// A check "connects" when the configuration satisfies the spec; string values containing the
/// word "invalid" stand for credentials the remote system rejects. Empty when it connects.
QString checkFailure(const std::optional<ConnectorDefinition> &definition, const QJsonObject &configuration)
{
    if (definition) {
        const auto issues = spec::ConfigValidator::validate(definition->spec, configuration);
        if (!issues.isEmpty())
            return spec::ConfigValidator::summary(issues);
    }
    for (auto it = configuration.begin(); it != configuration.end(); ++it)
        if (it->isString() && it->toString().contains(u"invalid"_s, Qt::CaseInsensitive))
            return u"Could not connect with the provided configuration: %1 was rejected."_s.arg(it.key());
    return {};
}

/// CheckConnectionRead with a SynchronousJobRead carrying the connector's log lines and, on
/// failure, the FailureReason a connector's error trace message becomes.
SandboxResponse checkAnswer(const SandboxContext &ctx, ActorKind kind,
                            const std::optional<ConnectorDefinition> &definition, const QJsonObject &configuration,
                            const QString &configId)
{
    const QString message = checkFailure(definition, configuration);
    const bool ok = message.isEmpty();
    const int durationMs = std::max(0, ctx.options.checkDurationMs);
    const QDateTime ended = ctx.now().addMSecs(durationMs);
    const QDateTime started = ctx.now();
    const QString image = definition ? QString(definition->dockerRepository + u':' + definition->dockerImageTag)
                                     : u"unknown"_s;
    auto line = [](const QDateTime &at, const QString &level, const QString &text) {
        return QString(at.toString(Qt::ISODateWithMs) + u' ' + level + u' ' + text);
    };
    QJsonArray logLines{
        line(started, u"INFO"_s, u"Starting check of %1 %2"_s.arg(kindWord(kind), image)),
        line(started, u"INFO"_s, u"Checking the connection with the provided configuration (secrets masked)"_s),
    };
    if (ok) {
        logLines.append(line(ended, u"INFO"_s, u"Check succeeded"_s));
    } else {
        logLines.append(line(ended, u"ERROR"_s, u"Check failed: "_s + message));
        logLines.append(line(ended, u"INFO"_s, u"Check finished with status FAILED"_s));
    }
    QJsonObject job{{u"id"_s, ctx.newId()},
                    {u"configType"_s, kind == ActorKind::Source ? u"check_connection_source"_s
                                                                : u"check_connection_destination"_s},
                    {u"createdAt"_s, started.toSecsSinceEpoch()},
                    {u"endedAt"_s, ended.toSecsSinceEpoch()},
                    {u"succeeded"_s, true}, // the job ran; whether it connected is `status`
                    {u"logType"_s, u"formatted"_s},
                    {u"logs"_s, QJsonObject{{u"logLines"_s, logLines}}}};
    if (!configId.isEmpty())
        job.insert(u"configId"_s, configId);
    QJsonObject result{{u"status"_s, ok ? u"succeeded"_s : u"failed"_s}};
    if (!ok) {
        result.insert(u"message"_s, message);
        const QString pythonClass = u"airbyte_cdk.utils.traced_exception.AirbyteTracedException"_s;
        job.insert(u"failureReason"_s,
                   QJsonObject{{u"failureOrigin"_s, kindWord(kind)},
                               {u"failureType"_s, u"config_error"_s},
                               {u"externalMessage"_s, message},
                               {u"internalMessage"_s, QString(pythonClass + u": "_s + message)},
                               {u"stacktrace"_s, u"Traceback (most recent call last):\n"
                                                 "  File \"/airbyte/integration_code/main.py\", line 9, in <module>\n"
                                                 "    run()\n"
                                                 "  File \"/usr/local/lib/python3.11/site-packages/airbyte_cdk/"
                                                 "entrypoint.py\", line 140, in check\n"
                                                 "    raise %1(message)\n%1: %2"_s.arg(pythonClass, message)},
                               {u"retryable"_s, false},
                               {u"fromTraceMessage"_s, true},
                               {u"timestamp"_s, ended.toMSecsSinceEpoch()}});
    }
    result.insert(u"jobInfo"_s, job);
    SandboxResponse response = SandboxResponse::json(200, result);
    response.delayMs = durationMs;
    return response;
}

/// {sourceId} or {destinationId}: the stored configuration.
SandboxResponse checkDeployed(SandboxContext &ctx, ActorKind kind, const SandboxRequest &r)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    const QString key = kind == ActorKind::Source ? u"sourceId"_s : u"destinationId"_s;
    const QString id = body->value(key).toString();
    const ActorRecord *actor = ctx.store.actors(kind).find(id);
    if (!actor)
        return Problems::configNotFound(id, u"Could not find %1 with id: %2"_s.arg(kindWord(kind), id));
    return checkAnswer(ctx, kind, RouteHelpers::resolveDefinition(ctx, actor->definitionId), actor->configuration,
                       actor->id);
}

/// SourceCoreConfig / DestinationCoreConfig: a configuration that is not saved anywhere.
SandboxResponse checkUnsaved(SandboxContext &ctx, ActorKind kind, const SandboxRequest &r)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    const QString definitionKey = kind == ActorKind::Source ? u"sourceDefinitionId"_s : u"destinationDefinitionId"_s;
    for (const QString &required : {definitionKey, u"workspaceId"_s})
        if (!body->value(required).isString() || body->value(required).toString().isEmpty())
            return Problems::configInvalidInput(required + u" is required."_s, required);
    if (!body->value(u"connectionConfiguration"_s).isObject())
        return Problems::configInvalidInput(u"connectionConfiguration is required and must be an object."_s,
                                            u"connectionConfiguration"_s);
    const QString workspaceId = body->value(u"workspaceId"_s).toString();
    if (!ctx.store.workspaces.find(workspaceId))
        return Problems::configNotFound(workspaceId, u"Could not find workspace with id: "_s + workspaceId);
    const QString definitionId = body->value(definitionKey).toString();
    const auto definition = RouteHelpers::resolveDefinition(ctx, definitionId);
    const ConnectorKind wanted = kind == ActorKind::Source ? ConnectorKind::Source : ConnectorKind::Destination;
    if (!definition || definition->kind != wanted)
        return Problems::configNotFound(definitionId, u"Could not find definition with id: "_s + definitionId);
    return checkAnswer(ctx, kind, definition, body->value(u"connectionConfiguration"_s).toObject(), {});
}

/// SourceUpdate / DestinationUpdate: the proposed configuration of a deployed one. Secrets sent
/// back masked keep their stored values, as when the update is saved; nothing is stored here.
SandboxResponse checkUpdate(SandboxContext &ctx, ActorKind kind, const SandboxRequest &r)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    const QString key = kind == ActorKind::Source ? u"sourceId"_s : u"destinationId"_s;
    for (const QString &required : {key, u"name"_s})
        if (!body->value(required).isString())
            return Problems::configInvalidInput(required + u" is required."_s, required);
    if (!body->value(u"connectionConfiguration"_s).isObject())
        return Problems::configInvalidInput(u"connectionConfiguration is required and must be an object."_s,
                                            u"connectionConfiguration"_s);
    const QString id = body->value(key).toString();
    const ActorRecord *actor = ctx.store.actors(kind).find(id);
    if (!actor)
        return Problems::configNotFound(id, u"Could not find %1 with id: %2"_s.arg(kindWord(kind), id));
    const auto definition = RouteHelpers::resolveDefinition(ctx, actor->definitionId);
    const QJsonObject proposed =
        spec::restoreMaskedSecrets(definition ? definition->spec : QJsonObject{},
                                   body->value(u"connectionConfiguration"_s).toObject(), actor->configuration);
    return checkAnswer(ctx, kind, definition, proposed, actor->id);
}

} // namespace

void registerCheckRoutes(Router &router, SandboxContext &ctx)
{
    for (const ActorKind kind : {ActorKind::Source, ActorKind::Destination}) {
        const QString plural = kind == ActorKind::Source ? u"sources"_s : u"destinations"_s;
        router.add(ApiKind::Config, "POST", u"/%1/check_connection"_s.arg(plural),
                   [&ctx, kind](const SandboxRequest &r) { return checkDeployed(ctx, kind, r); });
        router.add(ApiKind::Config, "POST", u"/scheduler/%1/check_connection"_s.arg(plural),
                   [&ctx, kind](const SandboxRequest &r) { return checkUnsaved(ctx, kind, r); });
        router.add(ApiKind::Config, "POST", u"/%1/check_connection_for_update"_s.arg(plural),
                   [&ctx, kind](const SandboxRequest &r) { return checkUpdate(ctx, kind, r); });
    }
}

} // namespace airdesk::sandbox
