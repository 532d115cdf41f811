#pragma once

#include "api/ApiError.h"

#include <QList>
#include <QObject>

#include <functional>

namespace airdesk::gui {

/// One action applied to several items (enable 20 connections, delete 3 sources): runs the
/// steps a few at a time, keeps each item's outcome, and reports once at the end, so a person
/// sees which items failed and why instead of one error per item. Steps run on this object's
/// thread; a step ends by calling its `done` exactly once.
class BulkOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkOperation)

public:
    using Done = std::function<void(const api::ApiError &error)>;
    /// Starts the work for one item; callbacks must use `context` (destroyed with the operation).
    using Step = std::function<void(QObject *context, Done done)>;

    struct Outcome
    {
        QString id;
        QString label;
        api::ApiError error; // None when the item succeeded
    };

    explicit BulkOperation(QObject *parent = nullptr);

    void add(const QString &id, const QString &label, Step step);
    /// Runs the steps, at most `parallel` at a time, in the order they were added.
    void start(int parallel = 4);

    int total() const { return int(m_items.size()); }
    int finishedCount() const { return m_finished; }
    QList<Outcome> outcomes() const;
    QList<Outcome> failures() const;
    /// "✓ name" / "✗ name: reason", one line per item, in the order added.
    QString report() const;

Q_SIGNALS:
    void progress(int finished, int total);
    void finished();

private:
    struct Item
    {
        Outcome outcome;
        Step step;
        bool done = false;
    };
    void startNext();

    QList<Item> m_items;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
};

} // namespace airdesk::gui
