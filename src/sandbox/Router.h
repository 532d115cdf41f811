#pragma once

#include "SandboxHttp.h"

#include <functional>
#include <vector>

namespace airdesk::sandbox {

/// Maps (API, method, path pattern) to a handler. Patterns use `{name}` for one path segment;
/// literal segments win over placeholders when both match.
class Router final
{
public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    void add(ApiKind api, const QByteArray &method, const QString &pattern, Handler handler);

    /// Runs the matching handler (filling request.params), or answers 404 / 405 as the real
    /// server does for an unknown path or a method the path does not take.
    SandboxResponse dispatch(SandboxRequest &request) const;

    /// The pattern that matches, for logs and the exchange recorder; empty when none does.
    QString matchPattern(const SandboxRequest &request) const;

private:
    struct Route
    {
        ApiKind api;
        QByteArray method;
        QStringList segments;
        QString pattern;
        int literalCount = 0;
        Handler handler;
    };
    const Route *find(const SandboxRequest &request, QStringList *params, bool *pathMatched) const;

    std::vector<Route> m_routes;
};

} // namespace airdesk::sandbox
