#pragma once

#include "api/ApiClient.h"
#include "api/ListFetcher.h"
#include "api/ReplyReader.h"
#include "api/services/ServiceTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <functional>
#include <memory>
#include <optional>

/// The plumbing the services share so that each of them only says what to send and how to read
/// the answer: parsing a reply into a domain value, paging a list into domain rows, refusing
/// before a request is sent, and running dependent calls one after another.
namespace airdesk::api::ServiceCalls {

/// An id as one path segment: ids are UUIDs, but a pasted "a/b?c" must not change the route.
inline QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

/// An error the client decides on its own, with no request sent (so no status, no request id).
inline ApiError refusal(ApiError::Kind kind, const QString &title, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.title = title;
    error.detail = detail;
    return error;
}

/// Delivers an early error on the next event-loop turn: callers never get their callback from
/// inside the call that started the work, whether a request was sent or not.
template<typename T> void failLater(const QObject *context, ResultCallback<T> callback, const ApiError &error)
{
    QTimer::singleShot(0, context, [callback = std::move(callback), error] { callback(T{}, error); });
}

inline void failLater(const QObject *context, DoneCallback callback, const ApiError &error)
{
    QTimer::singleShot(0, context, [callback = std::move(callback), error] { callback(error); });
}

/// Why an answer that should be one JSON object cannot be read.
inline QString notAnObject()
{
    return QCoreApplication::translate("airdesk::api::ServiceCalls", "The answer is not a JSON object.");
}

/// Reads an answer that must be one JSON object with `fromJson(const QJsonObject &, QString *why)`.
/// A failure is worded through `notA`, a translated "Not a job: %1" that names what was expected.
template<typename T, typename FromJson>
std::optional<T> readObject(const QJsonValue &json, const FromJson &fromJson, const QString &notA, QString *why)
{
    QString reason;
    if (json.isObject()) {
        if (std::optional<T> value = fromJson(json.toObject(), &reason))
            return value;
    } else {
        reason = notAnObject();
    }
    if (why)
        *why = notA.arg(reason);
    return std::nullopt;
}

/// `readObject` as a parser for `send`.
template<typename T, typename FromJson> auto objectParser(FromJson fromJson, const QString &notA)
{
    return [fromJson = std::move(fromJson), notA](const QJsonValue &json, QString *why) {
        return readObject<T>(json, fromJson, notA, why);
    };
}

/// Hands a parsed answer (or why it could not be parsed) to the caller.
template<typename T>
void deliverParsed(const std::optional<T> &value, const QString &why, const QString &requestId,
                   const ResultCallback<T> &callback)
{
    if (!value) {
        ApiError invalid = ApiError::invalidResponse(why);
        invalid.requestId = requestId;
        callback(T{}, invalid);
        return;
    }
    callback(*value, {});
}

/// Sends `request` and turns the JSON answer into a T with `parse(const QJsonValue &, QString *why)`.
/// A 2xx answer that does not parse becomes an InvalidResponse error. `parse` must be a pure
/// function of its input: for a large answer (a job with a 50 MB log) it runs on a worker thread
/// and the callback follows on `context`'s thread, unless `context` is gone by then.
template<typename T, typename Parse>
ApiClient::CallId send(ApiClient *client, const ApiRequest &request, const QObject *context, Parse parse,
                       ResultCallback<T> callback)
{
    return client->send(
        request, context,
        [parse = std::move(parse), callback = std::move(callback), context](const ApiResponse &response,
                                                                            const ApiError &error) {
            if (error.isError()) {
                callback(T{}, error);
                return;
            }
            if (response.body.size() < kOffThreadReplyBytes) {
                QString why;
                const std::optional<T> value = parse(response.json, &why);
                deliverParsed(value, why, response.requestId, callback);
                return;
            }
            using Parsed = std::pair<std::optional<T>, QString>;
            const QJsonValue json = response.json;
            QtConcurrent::run([parse, json]() -> Parsed {
                QString why;
                std::optional<T> value = parse(json, &why);
                return std::make_pair(std::move(value), why);
            }).then(const_cast<QObject *>(context), [callback, requestId = response.requestId](const Parsed &parsed) {
                deliverParsed(parsed.first, parsed.second, requestId, callback);
            });
        });
}

/// For calls whose answer does not matter (DELETE answers 204, or 200 with the deleted object).
inline ApiClient::CallId sendDone(ApiClient *client, const ApiRequest &request, const QObject *context,
                                  DoneCallback callback)
{
    return client->send(request, context, [callback = std::move(callback)](const ApiResponse &, const ApiError &error) {
        callback(error);
    });
}

/// Part of a list: `skip` rows dropped from the start, then at most `limit` rows (0: all).
/// ListFetcher always starts at offset 0, so skipped rows are read and dropped here; that suits
/// short lists (job histories), and the stop rules stay in ListFetcher.
struct ListWindow
{
    int skip = 0;
    int limit = 0;
};

/// Pages a public-API list through a ListFetcher owned by `owner`, parses each row with
/// `parse(const QJsonObject &, QString *why)` and keeps the rows `keep` accepts (client-side
/// filters such as PyAirbyte's exact-name match). Rows that cannot be parsed are skipped and
/// reported through `onSkipped`, so one odd row does not hide a whole workspace. The list stops
/// when `context` is destroyed.
template<typename T, typename Parse>
void fetchList(ApiClient *client, QObject *owner, const ApiRequest &firstPage, const QObject *context, Parse parse,
               std::function<bool(const T &)> keep, RowsCallback<T> rows, ListDoneCallback done,
               std::function<void(const QString &why)> onSkipped = {}, ListWindow window = {})
{
    auto *fetcher = new ListFetcher(client, firstPage, owner);
    // The server skips the rows (offset), so skipped rows are never transferred.
    fetcher->setStartOffset(window.skip);
    if (window.limit > 0) {
        fetcher->setMaxRows(window.limit);
        fetcher->setPageSize(std::min(window.limit, 100)); // PyAirbyte: limit=min(remaining, 100)
    }
    auto total = std::make_shared<int>(0);
    QObject::connect(fetcher, &ListFetcher::rowsArrived, context,
                     [parse, keep, rows, onSkipped, total](const QJsonArray &page) {
                         QList<T> values;
                         values.reserve(page.size());
                         for (const QJsonValue &row : page) {
                             QString why;
                             std::optional<T> value = parse(row.toObject(), &why);
                             if (!value) {
                                 if (onSkipped)
                                     onSkipped(why);
                                 continue;
                             }
                             if (!keep || keep(*value))
                                 values.append(std::move(*value));
                         }
                         *total += static_cast<int>(values.size());
                         if (!values.isEmpty() && rows)
                             rows(values);
                     });
    QObject::connect(fetcher, &ListFetcher::finished, context, [fetcher, done, total](int) {
        fetcher->deleteLater();
        done(*total, {});
    });
    QObject::connect(fetcher, &ListFetcher::failed, context, [fetcher, done, total](const ApiError &error) {
        fetcher->deleteLater();
        done(*total, error);
    });
    QObject::connect(context, &QObject::destroyed, fetcher, [fetcher] {
        fetcher->cancel();
        fetcher->deleteLater();
    });
    fetcher->start();
}

/// The second half of a read-then-act operation: `act(service, value, callback)` runs only when
/// the read succeeded; a read error goes straight to `callback`. When the service has been
/// destroyed meanwhile nothing runs and nobody is told, as with every dropped callback.
template<typename T, typename Service, typename R, typename Act>
ResultCallback<T> afterRead(Service *service, ResultCallback<R> callback, Act act)
{
    return [self = QPointer<Service>(service), callback = std::move(callback),
            act = std::move(act)](const T &value, const ApiError &error) {
        if (!self)
            return;
        if (error.isError()) {
            callback(R{}, error);
            return;
        }
        act(*self, value, callback);
    };
}

/// The same for operations that end in a DoneCallback (a delete after a safe-mode read).
template<typename T, typename Service, typename Act>
ResultCallback<T> afterRead(Service *service, DoneCallback callback, Act act)
{
    return [self = QPointer<Service>(service), callback = std::move(callback),
            act = std::move(act)](const T &value, const ApiError &error) {
        if (!self)
            return;
        if (error.isError()) {
            callback(error);
            return;
        }
        act(*self, value, callback);
    };
}

/// One asynchronous step of a multi-call operation: does its work, then calls `next` once with
/// an error or none. A step that never calls `next` (its context is gone) ends the operation.
using Step = std::function<void(DoneCallback next)>;

/// Runs steps in order; the first error skips the rest and goes to `done`.
inline void runSteps(QList<Step> steps, DoneCallback done)
{
    if (steps.isEmpty()) {
        done({});
        return;
    }
    const Step first = steps.takeFirst();
    first([steps = std::move(steps), done = std::move(done)](const ApiError &error) mutable {
        if (error.isError()) {
            done(error);
            return;
        }
        runSteps(std::move(steps), std::move(done));
    });
}

} // namespace airdesk::api::ServiceCalls
