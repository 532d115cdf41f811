#include "BulkOperation.h"

using namespace Qt::StringLiterals;

namespace airdesk::gui {

BulkOperation::BulkOperation(QObject *parent)
    : QObject(parent)
{
}

void BulkOperation::add(const QString &id, const QString &label, Step step)
{
    Item item;
    item.outcome.id = id;
    item.outcome.label = label;
    item.step = std::move(step);
    m_items.append(std::move(item));
}

void BulkOperation::start(int parallel)
{
    if (m_items.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < std::max(parallel, 1) && m_next < m_items.size(); ++i)
        startNext();
}

void BulkOperation::startNext()
{
    const int index = m_next++;
    ++m_running;
    m_items[index].step(this, [this, index](const api::ApiError &error) {
        Item &item = m_items[index];
        if (item.done)
            return; // a step that reported twice counts once
        item.done = true;
        item.outcome.error = error;
        --m_running;
        ++m_finished;
        Q_EMIT progress(m_finished, total());
        if (m_next < m_items.size())
            startNext();
        else if (m_running == 0)
            Q_EMIT finished();
    });
}

QList<BulkOperation::Outcome> BulkOperation::outcomes() const
{
    QList<Outcome> result;
    for (const Item &item : m_items)
        result.append(item.outcome);
    return result;
}

QList<BulkOperation::Outcome> BulkOperation::failures() const
{
    QList<Outcome> result;
    for (const Item &item : m_items)
        if (item.outcome.error.isError())
            result.append(item.outcome);
    return result;
}

QString BulkOperation::report() const
{
    QStringList lines;
    for (const Item &item : m_items) {
        if (!item.done)
            lines.append(tr("… %1: not finished").arg(item.outcome.label));
        else if (item.outcome.error.isError())
            lines.append(tr("✗ %1: %2").arg(item.outcome.label, item.outcome.error.message()));
        else
            lines.append(tr("✓ %1").arg(item.outcome.label));
    }
    return lines.join(u'\n');
}

} // namespace airdesk::gui
