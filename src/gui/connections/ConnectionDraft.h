#pragma once

#include "api/services/ConnectionCreateRequest.h"

#include <QJsonObject>

namespace airdesk::gui {

/// The connection being built in the wizard, as kept in the DraftStore: every choice of a
/// ConnectionCreateRequest (ids, streams with their sync modes, settings, schedule). Holds no
/// secret: a connection's settings have none.
struct ConnectionDraft
{
    api::ConnectionCreateRequest request;

    /// The store's key: one connection in the making per workspace.
    static QString key(const QString &workspaceId);

    QJsonObject toJson() const;
    /// Missing or odd members keep their defaults: a draft is a convenience, never an error.
    static ConnectionDraft fromJson(const QJsonObject &object);
};

} // namespace airdesk::gui
