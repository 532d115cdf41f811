#include "Router.h"

#include "Problems.h"

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isPlaceholder(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}
} // namespace

void Router::add(ApiKind api, const QByteArray &method, const QString &pattern, Handler handler)
{
    Route route{api, method, splitPath(pattern), pattern, 0, std::move(handler)};
    for (const QString &segment : std::as_const(route.segments))
        route.literalCount += isPlaceholder(segment) ? 0 : 1;
    m_routes.push_back(std::move(route));
}

const Router::Route *Router::find(const SandboxRequest &request, QStringList *params, bool *pathMatched) const
{
    const QStringList segments = splitPath(request.path);
    const Route *best = nullptr;
    *pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.api != request.api || route.segments.size() != segments.size())
            continue;
        bool matches = true;
        QStringList values;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (isPlaceholder(route.segments.at(i)))
                values.append(segments.at(i));
            else
                matches = route.segments.at(i) == segments.at(i);
        }
        if (!matches)
            continue;
        *pathMatched = true;
        if (route.method != request.method)
            continue;
        if (!best || route.literalCount > best->literalCount) {
            best = &route;
            *params = values;
        }
    }
    return best;
}

SandboxResponse Router::dispatch(SandboxRequest &request) const
{
    bool pathMatched = false;
    QStringList params;
    const Route *route = find(request, &params, &pathMatched);
    if (!route) {
        if (pathMatched)
            return SandboxResponse::empty(405);
        if (request.api == ApiKind::Config)
            return Problems::configError(404, u"Page Not Found"_s, u"io.micronaut.http.exceptions.HttpStatusException"_s);
        return Problems::notFound(u"path"_s, request.path);
    }
    request.params = params;
    return route->handler(request);
}

QString Router::matchPattern(const SandboxRequest &request) const
{
    bool pathMatched = false;
    QStringList params;
    const Route *route = find(request, &params, &pathMatched);
    return route ? route->pattern : QString();
}

} // namespace airdesk::sandbox
