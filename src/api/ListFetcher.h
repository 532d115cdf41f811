#pragma once

#include "ApiClient.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>

namespace airdesk::api {

/// Reads a whole public-API list (limit/offset pages) quickly and in order. The first page
/// goes out alone, so small lists cost one request and the first rows arrive after one round
/// trip; once a full page comes back, up to `window` further pages are requested ahead at
/// once. Pages are delivered in order as soon as they are contiguous. Paging stops on an
/// empty page, a short page or an empty `next`; the `next` link itself is never followed.
class ListFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFetcher)

public:
    ListFetcher(ApiClient *client, const ApiRequest &firstPage, QObject *parent = nullptr);

    void setPageSize(int limit) { m_limit = std::clamp(limit, 1, 100); }
    void setWindow(int pagesInFlight) { m_window = std::max(1, pagesInFlight); }
    /// Stop after this many rows (0: no limit).
    void setMaxRows(int rows) { m_maxRows = rows; }
    /// Skip this many rows of the list: the first page asked for starts there.
    void setStartOffset(int offset) { m_startOffset = std::max(0, offset); }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    /// Rows of the next page, in list order.
    void rowsArrived(const QJsonArray &rows);
    void finished(int totalRows);
    void failed(const airdesk::api::ApiError &error);

private:
    void request(int offset);
    void onPage(int offset, const ApiResponse &response, const ApiError &error);
    void deliver();
    void fillWindow();
    void stopAll();

    ApiClient *m_client;
    ApiRequest m_base;
    int m_limit = 100;
    int m_window = 6;
    int m_maxRows = 0;
    int m_startOffset = 0;
    bool m_running = false;
    bool m_endKnown = false;
    int m_endOffset = 0;        // rows before the end, once known
    int m_nextRequest = 0;      // offset of the next page to ask for
    int m_nextDeliver = 0;      // offset of the next page to hand out
    int m_delivered = 0;
    int m_requestsSent = 0;
    QMap<int, ApiClient::CallId> m_inFlight;
    QMap<int, QJsonArray> m_ready;
};

} // namespace airdesk::api
