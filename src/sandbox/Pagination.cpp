#include "Pagination.h"

#include "Problems.h"

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

std::optional<Page> Page::fromQuery(const SandboxRequest &request, SandboxResponse *error)
{
    Page page;
    auto readInt = [&request](const QString &key, int fallback, bool *ok) {
        if (!request.query.hasQueryItem(key)) {
            *ok = true;
            return fallback;
        }
        return request.query.queryItemValue(key).toInt(ok);
    };
    bool limitOk = false;
    bool offsetOk = false;
    page.limit = readInt(u"limit"_s, 20, &limitOk);
    page.offset = readInt(u"offset"_s, 0, &offsetOk);
    if (!limitOk || !offsetOk || page.limit < 1 || page.limit > 100 || page.offset < 0) {
        *error = Problems::errorId(400);
        return std::nullopt;
    }
    return page;
}

QJsonObject Page::envelope(const QJsonArray &rows, const QString &apiHost, const QString &path,
                           const QString &filters) const
{
    const QString base = apiHost + u"/v1"_s + path + u'?' + (filters.isEmpty() ? QString() : filters + u'&');
    QString next;
    if (!rows.isEmpty())
        next = base + u"limit=%1&offset=%2"_s.arg(limit).arg(offset + limit);
    QString previous;
    if (offset != 0)
        previous = base + u"limit=%1&offset=%2"_s.arg(limit).arg(std::max(offset - limit, 0));
    return {{u"data"_s, rows}, {u"next"_s, next}, {u"previous"_s, previous}};
}

} // namespace airdesk::sandbox
