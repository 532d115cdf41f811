#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Connection.h"
#include "core/domain/Job.h"

#include <QUrl>

#include <optional>

namespace airdesk::gui {

/// The web-app pages a detail pane links to (invalid ones are left out).
struct WebLinks
{
    QUrl item;       // the source, destination or connection itself
    QUrl workspace;
    QUrl jobHistory; // connections only
};

/// The detail pane's HTML for one resource. Everything the server sent is escaped (a name
/// with markup shows as text); the only links are the web-app URLs passed in and internal
/// "airdesk:source/<id>" / "airdesk:destination/<id>" links that jump to another table.
namespace DetailText {

QString actor(const domain::Actor &actor, const WebLinks &links);
QString connection(const domain::Connection &connection, const QString &statusText, const QString &sourceName,
                   const QString &destinationName, const std::optional<domain::Job> &lastJob, const WebLinks &links);
/// The internal link that selects a row of another table.
QUrl jumpUrl(const QString &table, const QString &id);

} // namespace DetailText
} // namespace airdesk::gui
