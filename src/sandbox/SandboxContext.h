#pragma once

#include "ConnectorCatalog.h"
#include "SandboxOptions.h"
#include "SandboxStore.h"
#include "TokenIssuer.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <functional>

namespace airdesk::sandbox {

/// What every route handler shares: the store, the connector catalog, the options and the clock.
struct SandboxContext
{
    SandboxStore store;
    ConnectorCatalog catalog;
    SandboxOptions options;
    TokenIssuer tokens;
    QRandomGenerator rng{42};
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    /// What the real server calls AIRBYTE_API_HOST: the host written into `next`/`previous`
    /// links. Like a default OSS install it is not where the server is really reached.
    QString apiHost = QStringLiteral("http://localhost:8000/api/public");

    /// Where this sandbox is really reached ("http://127.0.0.1:PORT"), for icon URLs.
    QString serverBase;

    QDateTime now() const { return clock(); }
    QString newId() const;
};

} // namespace airdesk::sandbox
