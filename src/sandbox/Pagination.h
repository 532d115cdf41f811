#pragma once

#include "SandboxHttp.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace airdesk::sandbox {

/// The public API's limit/offset paging: limit 1..100 (default 20), offset >= 0, and
/// `next`/`previous` links built the way the server's PaginationMapper builds them.
struct Page
{
    int limit = 20;
    int offset = 0;

    /// Reads limit and offset; a bad value yields the server's bean-validation 400 {errorId}.
    static std::optional<Page> fromQuery(const SandboxRequest &request, SandboxResponse *error);

    /// {"data": rows, "next": ..., "previous": ...}; `filters` go into the links before limit/offset.
    QJsonObject envelope(const QJsonArray &rows, const QString &apiHost, const QString &path,
                         const QString &filters) const;
};

} // namespace airdesk::sandbox
