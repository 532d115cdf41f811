#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Connection.h"
#include "core/domain/Job.h"

#include <QUrl>

#include <optional>

namespace airdesk::gui {

/// The detail pane's HTML for one resource. Everything the server sent is escaped (a name
/// with markup shows as text); the only links are the web-app URLs built here.
namespace DetailText {

QString actor(const domain::Actor &actor, const QUrl &webUrl);
QString connection(const domain::Connection &connection, const QString &statusText, const QString &sourceName,
                   const QString &destinationName,
                   const std::optional<domain::Job> &lastJob, const QUrl &webUrl, const QUrl &jobHistoryUrl);

} // namespace DetailText
} // namespace airdesk::gui
