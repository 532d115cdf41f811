#pragma once

#include "ConnectorDefinition.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace airdesk::sandbox {

/// The sandbox's stored state, one plain struct per Airbyte resource.

struct WorkspaceRecord
{
    QString id;
    QString name;
    QString organizationId;
    QString dataResidency = QStringLiteral("auto");
};

struct OrganizationRecord
{
    QString id;
    QString name;
    QString email;
};

enum class ActorKind { Source, Destination };

/// A source or a destination (the server calls both "actors").
struct ActorRecord
{
    QString id;
    ActorKind kind = ActorKind::Source;
    QString name;
    QString workspaceId;
    QString definitionId;
    QJsonObject configuration; // secrets stored in clear; masked on every read
    qint64 createdAt = 0;      // epoch seconds
};

struct ConnectionRecord
{
    QString id;
    QString name;
    QString sourceId;
    QString destinationId;
    QString workspaceId;
    QString status = QStringLiteral("active");
    QString scheduleType = QStringLiteral("manual"); // manual | cron | basic
    QString cronExpression;                           // without the " UTC" the API appends on read
    QString basicTiming;                              // "Every 24 HOURS" for basic schedules
    QJsonArray streams;                               // StreamConfiguration objects
    QString prefix;
    QString namespaceDefinition = QStringLiteral("destination");
    QString namespaceFormat;
    QString nonBreakingSchemaUpdatesBehavior = QStringLiteral("ignore");
    qint64 createdAt = 0;
    QJsonObject state;                                // a ConnectionState set through the Config API
    QDateTime stateSetAt;                             // when; a later successful sync supersedes it
};

/// A job; its status is derived from the clock (see JobSimulator), so only the plan is stored.
struct JobRecord
{
    qint64 id = 0;
    QString connectionId;
    QString jobType = QStringLiteral("sync"); // sync | reset | clear
    QDateTime createdAt;
    qint64 durationMs = 0;     // planned run time from creation to the final status
    bool willFail = false;
    int attemptCount = 1;      // failing syncs are retried: 3 attempts
    qint64 plannedRecords = 0;
    qint64 plannedBytes = 0;
    QDateTime cancelledAt;     // set by DELETE /jobs/{id}
    QStringList streamNames;
};

struct DeclarativeDefinitionRecord
{
    QString id;
    QString workspaceId;
    QString name;
    QList<QJsonObject> manifests; // version n is manifests[n - 1]
    int activeVersion = 1;
    QString builderProjectId;
    QJsonObject testingValues;
    QJsonObject draftManifest;    // empty when there is no draft
    qint64 updatedAt = 0;
};

/// A Docker image registered as a custom connector of one workspace (public API
/// POST /workspaces/{id}/definitions/sources|destinations). The real server runs the image's
/// `spec` on create; the sandbox runs no images, so the definition's spec is an open object.
struct CustomConnectorRecord
{
    QString workspaceId;
    ConnectorDefinition definition;
};

} // namespace airdesk::sandbox
