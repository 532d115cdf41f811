#pragma once

#include <Qt>

namespace airdesk::models {

/// The custom item data roles every resource model answers, so one proxy and one delegate
/// work for all of them. Roles marked "row" give the same value in every column, which lets
/// the proxy read them from column 0 whatever column a view shows.
enum ItemDataRole : int {
    RawValueRole = Qt::UserRole + 1, // the cell's sort key: QString, QDateTime, int (null when unknown)
    IdRole,                          // row: the resource id (QString)
    SearchTextRole,                  // row: lower-case text the search box matches (name, type, id, ...)
    StatusRole,                      // row: status key ("active", "inactive", "locked", ...); null for actors
    EnabledRole,                     // row: bool for connections; null where "enabled" does not apply
    ConnectorTypeRole,               // row: connector type name (or definition id when the server gave none)
    IconKeyRole,                     // row: what the GUI picks an icon by (definition id, else type name)
    ObjectRole,                      // row: the whole domain value (domain::Actor, domain::Connection)
    JobStatusRole,                   // connections: last job's status key ("succeeded", ...); null when none
};

} // namespace airdesk::models
