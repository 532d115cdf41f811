#pragma once

#include "SandboxFixture.h"
#include "api/services/ServiceTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTest>

#include <functional>
#include <memory>

/// What the service tests share: waiting for one service answer (tests only; the app never
/// waits), collecting a paged list, and the sandbox actors most tests start from.
namespace airdesk::test {

/// How long a test waits for one answer, and for a whole list.
inline constexpr int ServiceAnswerMs = 20000;
inline constexpr int ServiceListMs = 30000;

/// One finished service call: the value and the error it was answered with.
template<typename T> struct Outcome
{
    T value{};
    api::ApiError error;
    bool done = false;
};

/// Starts one call on a context the test owns and waits for its callback. The outcome is
/// shared, so an answer that comes after the wait cannot write to a dead stack frame.
template<typename T>
Outcome<T> await(const std::function<void(api::ResultCallback<T>)> &start, int timeoutMs = ServiceAnswerMs)
{
    auto outcome = std::make_shared<Outcome<T>>();
    start([outcome](const T &value, const api::ApiError &error) {
        outcome->value = value;
        outcome->error = error;
        outcome->done = true;
    });
    (void)QTest::qWaitFor([outcome] { return outcome->done; }, timeoutMs);
    return *outcome;
}

/// The same with a context that lives only for the wait: a late answer is dropped with it.
template<typename T>
Outcome<T> await(const std::function<void(const QObject *, api::ResultCallback<T>)> &start,
                 int timeoutMs = ServiceAnswerMs)
{
    QObject context;
    return await<T>(std::function<void(api::ResultCallback<T>)>(
                        [&start, &context](api::ResultCallback<T> callback) { start(&context, std::move(callback)); }),
                    timeoutMs);
}

/// For calls that answer with an error or none (deletes). No answer in time is an error too.
api::ApiError awaitDone(const std::function<void(api::DoneCallback)> &start, int timeoutMs = ServiceAnswerMs);
api::ApiError awaitDone(const std::function<void(const QObject *, api::DoneCallback)> &start,
                        int timeoutMs = ServiceAnswerMs);

/// A whole list as RowsCallback and ListDoneCallback delivered it.
template<typename T> struct Listed
{
    QList<T> rows;
    int pages = 0;  // how many times rows arrived
    int total = -1; // -1 until the list ended
    api::ApiError error;
    bool done = false;
};

/// Starts one list call with the collector's callbacks and waits for its end.
template<typename T>
Listed<T> awaitList(const std::function<void(const QObject *, api::RowsCallback<T>, api::ListDoneCallback)> &start,
                    int timeoutMs = ServiceListMs)
{
    auto listed = std::make_shared<Listed<T>>();
    QObject context;
    start(
        &context,
        [listed](const QList<T> &rows) {
            ++listed->pages;
            listed->rows += rows;
        },
        [listed](int total, const api::ApiError &error) {
            listed->total = total;
            listed->error = error;
            listed->done = true;
        });
    (void)QTest::qWaitFor([listed] { return listed->done; }, timeoutMs);
    return *listed;
}

/// A faker source made through the public API; its id, or empty.
QString createFakerSource(SandboxFixture &fixture, const QString &name = QStringLiteral("Faker"));
/// A DuckDB destination made through the public API; its id, or empty.
QString createDuckDbDestination(SandboxFixture &fixture, const QString &name = QStringLiteral("DuckDB"),
                                const QString &path = QStringLiteral("/local/x.duckdb"));
/// A connection (the server's default streams) made through the public API; its id, or empty.
QString createConnection(SandboxFixture &fixture, const QString &sourceId, const QString &destinationId,
                         const QString &name);

} // namespace airdesk::test
