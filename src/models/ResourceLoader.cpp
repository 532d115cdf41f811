#include "models/ResourceLoader.h"

#include "api/services/ActorService.h"
#include "api/services/ConnectionService.h"
#include "models/ActorTableModel.h"
#include "models/ConnectionTableModel.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLoader, "airdesk.models.loader")

namespace airdesk::models {

ResourceLoader::ResourceLoader(QObject *parent)
    : QObject(parent)
{
}

ResourceLoader::~ResourceLoader()
{
    delete m_context;
}

void ResourceLoader::loadSources(api::ActorService *service, ActorTableModel *model)
{
    loadActors(service, model);
}

void ResourceLoader::loadDestinations(api::ActorService *service, ActorTableModel *model)
{
    loadActors(service, model);
}

void ResourceLoader::loadActors(api::ActorService *service, ActorTableModel *model)
{
    QObject *context = begin();
    const quint64 generation = m_generation;
    const QPointer<ActorTableModel> target(model);
    service->list(
        {}, context,
        [this, generation, target](const QList<domain::Actor> &rows) { deliver(generation, target.data(), rows); },
        [this, generation, target](int total, const api::ApiError &error) { end(generation, target.data(), total, error); });
}

void ResourceLoader::loadConnections(api::ConnectionService *service, ConnectionTableModel *model)
{
    QObject *context = begin();
    const quint64 generation = m_generation;
    const QPointer<ConnectionTableModel> target(model);
    service->list(
        {}, context,
        [this, generation, target](const QList<domain::Connection> &rows) { deliver(generation, target.data(), rows); },
        [this, generation, target](int total, const api::ApiError &error) { end(generation, target.data(), total, error); });
}

void ResourceLoader::cancel()
{
    abandon();
    setLoading(false);
}

void ResourceLoader::abandon()
{
    // The old context goes later, not now: this may run inside one of its own callbacks (a
    // refresh started from a finished() slot). The generation check drops anything it still
    // delivers until then.
    ++m_generation;
    if (m_context)
        m_context->deleteLater();
    m_context.clear();
    m_seenIds.clear();
}

QObject *ResourceLoader::begin()
{
    abandon();
    m_context = new QObject(this);
    m_rowsSoFar = 0;
    setLoading(true);
    Q_EMIT progress(0);
    return m_context;
}

template<typename Model, typename Row>
void ResourceLoader::deliver(quint64 generation, Model *model, const QList<Row> &rows)
{
    if (generation != m_generation || !model)
        return;
    for (const Row &row : rows)
        m_seenIds.insert(model->rowIdOf(row));
    model->appendRows(rows);
    m_rowsSoFar += int(rows.size());
    Q_EMIT progress(m_rowsSoFar);
}

template<typename Model>
void ResourceLoader::end(quint64 generation, Model *model, int totalRows, const api::ApiError &error)
{
    if (generation != m_generation)
        return;
    const QSet<QString> seen = std::exchange(m_seenIds, {});
    abandon();
    if (error.isError()) {
        qCInfo(lcLoader) << "load failed, keeping" << (model ? model->rowCount() : 0) << "rows:" << error.message();
        setLoading(false);
        Q_EMIT failed(error);
        return;
    }
    if (model)
        model->removeAllExcept(seen);
    setLoading(false);
    Q_EMIT finished(totalRows);
}

void ResourceLoader::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace airdesk::models
