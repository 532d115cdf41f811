#pragma once

#include "OrderedTable.h"
#include "SandboxRecords.h"

namespace airdesk::sandbox {

/// The sandbox's whole in-memory state. Handlers validate first and write last, so a
/// rejected request never leaves a half-written record behind.
struct SandboxStore
{
    OrderedTable<QString, OrganizationRecord> organizations;
    OrderedTable<QString, WorkspaceRecord> workspaces;
    OrderedTable<QString, ActorRecord> sources;
    OrderedTable<QString, ActorRecord> destinations;
    OrderedTable<QString, ConnectionRecord> connections;
    OrderedTable<qint64, JobRecord> jobs;
    OrderedTable<QString, DeclarativeDefinitionRecord> declarativeDefinitions;
    OrderedTable<QString, CustomConnectorRecord> customConnectors;
    qint64 nextJobId = 1000;

    OrderedTable<QString, ActorRecord> &actors(ActorKind kind)
    {
        return kind == ActorKind::Source ? sources : destinations;
    }
    const OrderedTable<QString, ActorRecord> &actors(ActorKind kind) const
    {
        return kind == ActorKind::Source ? sources : destinations;
    }
};

} // namespace airdesk::sandbox
