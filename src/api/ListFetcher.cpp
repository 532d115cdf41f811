#include "ListFetcher.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace airdesk::api {

ListFetcher::ListFetcher(ApiClient *client, const ApiRequest &firstPage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_base(firstPage)
{
}

void ListFetcher::start()
{
    stopAll();
    m_running = true;
    m_endKnown = false;
    m_endOffset = 0;
    m_nextRequest = m_startOffset;
    m_nextDeliver = m_startOffset;
    m_delivered = 0;
    m_ready.clear();
    request(m_startOffset);
}

void ListFetcher::cancel()
{
    stopAll();
    m_running = false;
}

void ListFetcher::stopAll()
{
    for (ApiClient::CallId id : std::as_const(m_inFlight))
        m_client->cancel(id);
    m_inFlight.clear();
}

void ListFetcher::request(int offset)
{
    ApiRequest page = m_base;
    page.query.removeAllQueryItems(u"limit"_s);
    page.query.removeAllQueryItems(u"offset"_s);
    page.query.addQueryItem(u"limit"_s, QString::number(m_limit));
    page.query.addQueryItem(u"offset"_s, QString::number(offset));
    m_nextRequest = std::max(m_nextRequest, offset + m_limit);
    ++m_requestsSent;
    const ApiClient::CallId id = m_client->send(page, this, [this, offset](const ApiResponse &r, const ApiError &e) {
        onPage(offset, r, e);
    });
    m_inFlight.insert(offset, id);
}

void ListFetcher::onPage(int offset, const ApiResponse &response, const ApiError &error)
{
    m_inFlight.remove(offset);
    if (!m_running)
        return;
    if (m_endKnown && offset >= m_endOffset)
        return; // a speculative page past the end
    if (error.isError()) {
        stopAll();
        m_running = false;
        Q_EMIT failed(error);
        return;
    }
    const QJsonObject page = response.json.toObject();
    if (!page.value(u"data"_s).isArray()) {
        stopAll();
        m_running = false;
        Q_EMIT failed(ApiError::invalidResponse(tr("A list page has no \"data\" array.")));
        return;
    }
    const QJsonArray rows = page.value(u"data"_s).toArray();
    if (rows.size() > m_limit) {
        // Offsets no longer line up with pages: going on would repeat or skip rows, and the
        // list would never be known to be complete (it used to wait forever here).
        stopAll();
        m_running = false;
        ApiError tooLong = ApiError::invalidResponse(
            tr("The server sent %1 rows for a page of at most %2; the list cannot be read reliably.")
                .arg(rows.size())
                .arg(m_limit));
        tooLong.httpStatus = response.httpStatus;
        tooLong.requestId = response.requestId;
        Q_EMIT failed(tooLong);
        return;
    }
    const bool last = rows.isEmpty() || rows.size() < m_limit || page.value(u"next"_s).toString().isEmpty();
    if (last) {
        const int end = offset + static_cast<int>(rows.size());
        if (!m_endKnown || end < m_endOffset) {
            m_endKnown = true;
            m_endOffset = end;
        }
        // Pages beyond the end are not needed.
        for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
            if (it.key() >= m_endOffset) {
                m_client->cancel(it.value());
                it = m_inFlight.erase(it);
            } else {
                ++it;
            }
        }
    }
    m_ready.insert(offset, rows);
    deliver();
    if (m_running)
        fillWindow();
}

void ListFetcher::deliver()
{
    while (m_ready.contains(m_nextDeliver)) {
        QJsonArray rows = m_ready.take(m_nextDeliver);
        m_nextDeliver += m_limit;
        if (m_maxRows > 0 && m_delivered + rows.size() >= m_maxRows) {
            while (m_delivered + rows.size() > m_maxRows)
                rows.removeLast();
            m_endKnown = true;
            m_endOffset = m_nextDeliver;
        }
        m_delivered += static_cast<int>(rows.size());
        if (!rows.isEmpty())
            Q_EMIT rowsArrived(rows);
        if (m_endKnown && m_nextDeliver >= m_endOffset) {
            stopAll();
            m_running = false;
            Q_EMIT finished(m_delivered);
            return;
        }
    }
}

void ListFetcher::fillWindow()
{
    // Speculate only once the list is known to be longer than one page.
    if (m_endKnown || m_nextDeliver == m_startOffset)
        return;
    int budget = m_maxRows > 0 ? m_maxRows - m_delivered : std::numeric_limits<int>::max();
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        budget -= m_limit;
    while (m_inFlight.size() < m_window && budget > 0) {
        request(m_nextRequest);
        budget -= m_limit;
    }
}

} // namespace airdesk::api
