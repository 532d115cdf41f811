#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace airdesk::api {
class ActorService;
class ConnectionService;
} // namespace airdesk::api

namespace airdesk::models {

class ActorTableModel;
class ConnectionTableModel;

/// Fills one table model from its service, page by page as pages arrive, and reports the load
/// for a progress indicator. One loader per model: a new load abandons the one in flight.
///
/// Refresh policy (the model is never emptied by a load, so a failed refresh leaves the
/// previous rows on screen): every page is upserted by id (new rows appended, known rows
/// updated in place), and only when the whole list has arrived are the rows it no longer
/// lists removed. A failed load removes nothing; rows already updated by its earlier pages
/// stay (they are fresher, not wrong). To start from empty (another workspace), clear() the
/// model first.
class ResourceLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceLoader)

public:
    explicit ResourceLoader(QObject *parent = nullptr);
    ~ResourceLoader() override;

    /// Sources or destinations: whichever kind `service` lists.
    void loadSources(api::ActorService *service, ActorTableModel *model);
    void loadDestinations(api::ActorService *service, ActorTableModel *model);
    void loadConnections(api::ConnectionService *service, ConnectionTableModel *model);
    /// Abandons the load in flight (its answers are dropped); the rows stay as they are.
    void cancel();

    bool isLoading() const { return m_loading; }
    int rowsSoFar() const { return m_rowsSoFar; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// Rows delivered by the current load so far (not the model's row count).
    void progress(int rowsSoFar);
    void finished(int totalRows);
    void failed(const airdesk::api::ApiError &error);

private:
    void loadActors(api::ActorService *service, ActorTableModel *model);
    /// Starts a load: abandons the previous one and returns the context its callbacks run on.
    QObject *begin();
    void abandon();
    template<typename Model, typename Row> void deliver(quint64 generation, Model *model, const QList<Row> &rows);
    template<typename Model> void end(quint64 generation, Model *model, int totalRows, const api::ApiError &error);
    void setLoading(bool loading);

    QPointer<QObject> m_context; // owns the callbacks of the load in flight
    quint64 m_generation = 0;
    QSet<QString> m_seenIds;
    int m_rowsSoFar = 0;
    bool m_loading = false;
};

} // namespace airdesk::models
