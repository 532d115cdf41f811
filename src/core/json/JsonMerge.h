#pragma once

#include <QJsonObject>

namespace airdesk::json {

/// Deep merge with the semantics of Airbyte's `Jsons.mergeNodes` (Jackson), which the server
/// applies when a source or destination is PATCHed: objects are merged key by key, every
/// other value (arrays included) in @p patch replaces the one in @p base.
///
/// One quirk is kept on purpose: when @p base holds an object under a key and @p patch holds a
/// non-object there (a scalar, an array or null), the server's recursion walks the patch's
/// (non-existent) fields and so keeps the base object unchanged. Reproducing it lets the client
/// predict exactly what the server will store.
[[nodiscard]] QJsonObject deepMerge(const QJsonObject &base, const QJsonObject &patch);

} // namespace airdesk::json
