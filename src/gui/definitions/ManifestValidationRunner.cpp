#include "ManifestValidationRunner.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace airdesk::gui {

ManifestValidationRunner::ManifestValidationRunner(manifest::ManifestValidator validator, QObject *parent)
    : QObject(parent)
    , m_validator(std::move(validator))
    , m_watcher(new QFutureWatcher<manifest::ManifestValidation>(this))
{
    connect(m_watcher, &QFutureWatcher<manifest::ManifestValidation>::finished, this, [this] {
        m_running = false;
        if (Job next = std::exchange(m_pending, nullptr)) {
            start(std::move(next)); // asked again while this one ran: its result is stale
            return;
        }
        if (m_watcher->future().isValid() && m_watcher->future().resultCount() > 0) {
            m_last = m_watcher->result();
            Q_EMIT finished(m_last);
        }
    });
}

ManifestValidationRunner::~ManifestValidationRunner()
{
    m_watcher->waitForFinished();
}

void ManifestValidationRunner::setValidator(manifest::ManifestValidator validator)
{
    m_validator = std::move(validator);
}

void ManifestValidationRunner::validateText(const QByteArray &yaml)
{
    start([validator = m_validator, yaml] { return validator.validateText(yaml); });
}

void ManifestValidationRunner::validateManifest(const QJsonObject &manifest)
{
    start([validator = m_validator, manifest] { return validator.validate(manifest); });
}

void ManifestValidationRunner::start(Job job)
{
    if (m_running) {
        m_pending = std::move(job);
        return;
    }
    m_running = true;
    Q_EMIT started();
    m_watcher->setFuture(QtConcurrent::run(std::move(job)));
}

} // namespace airdesk::gui
