#pragma once

#include "core/manifest/ManifestValidator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

template<typename T>
class QFutureWatcher;

namespace airdesk::gui {

/// Runs manifest validation (about 140 ms for the largest real manifest) on a worker thread
/// with QtConcurrent and reports the result back on the owner's thread through finished().
/// A request made while one runs is coalesced: the running result is dropped and only the
/// newest input is validated next, so the result always describes the latest request. The one
/// place the workbench validates off the GUI thread (the editor as you type, Publish before
/// sending).
class ManifestValidationRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestValidationRunner)

public:
    explicit ManifestValidationRunner(manifest::ManifestValidator validator, QObject *parent = nullptr);
    /// Waits for a validation still running: it holds only copies, but its watcher is ours.
    ~ManifestValidationRunner() override;

    void setValidator(manifest::ManifestValidator validator);
    const manifest::ManifestValidator &validator() const { return m_validator; }

    /// Validates YAML text (parse errors carry line and column).
    void validateText(const QByteArray &yaml);
    /// Validates a manifest already read into JSON.
    void validateManifest(const QJsonObject &manifest);

    /// True from a request until its finished().
    bool isBusy() const { return m_running || m_pending != nullptr; }
    const manifest::ManifestValidation &lastResult() const { return m_last; }

Q_SIGNALS:
    void started();
    void finished(const airdesk::manifest::ManifestValidation &result);

private:
    using Job = std::function<manifest::ManifestValidation()>;
    void start(Job job);

    manifest::ManifestValidator m_validator;
    QFutureWatcher<manifest::ManifestValidation> *m_watcher;
    Job m_pending;
    manifest::ManifestValidation m_last;
    bool m_running = false;
};

} // namespace airdesk::gui
