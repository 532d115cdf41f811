#pragma once

#include "SandboxContext.h"
#include "SandboxHttp.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace airdesk::sandbox {

/// The streams a source "discovers" and the server's rules for configuring them on a
/// connection (AirbyteCatalogHelper): stream matching, sync-mode mapping, cursor and key checks.
namespace StreamCatalog {

/// The discovered streams of a source (from its connector definition).
QJsonArray discovered(const SandboxContext &context, const ActorRecord &source);

/// The StreamConfiguration list to store for `requested` (the request's configurations.streams);
/// all streams as full_refresh_overwrite when the request names none. nullopt + `error` when invalid.
std::optional<QJsonArray> configure(const QJsonArray &discoveredStreams, const QJsonArray &requested,
                                    SandboxResponse *error);

/// GET /streams rows (StreamProperties).
QJsonArray properties(const QJsonArray &discoveredStreams, const QStringList &destinationModes);

/// The StreamConfiguration list for a Config API syncCatalog (web_backend/connections/update):
/// its selected streams, with their modes mapped back to the public API's names.
std::optional<QJsonArray> fromSyncCatalog(const QJsonArray &discoveredStreams, const QJsonObject &syncCatalog,
                                          SandboxResponse *error);

/// Config API syncCatalog for a connection: every discovered stream, selected when configured.
QJsonObject syncCatalog(const QJsonArray &discoveredStreams, const QJsonArray &configuredStreams);

} // namespace StreamCatalog
} // namespace airdesk::sandbox
