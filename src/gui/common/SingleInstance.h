#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace airdesk::gui {

/// One running application per user and settings profile. The first start listens on a local
/// socket named from the user and the settings file; a later start sends its arguments there
/// (the first one then raises its window) and exits. The key is a hash, so no user name or
/// path appears in the socket name.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The key for the current user and `profile` (e.g. the QSettings file in use).
    static QString keyFor(const QString &profile);
    /// The local socket name for `key`.
    static QString serverName(const QString &key);

    /// Hands `arguments` to a running instance; true when one took them, so this process
    /// should exit. Waits at most `timeoutMs` (only at start-up, before any window exists).
    bool sendToRunning(const QStringList &arguments, int timeoutMs = 1000) const;
    /// Starts answering later starts; false (with `errorString()`) when the socket cannot be made.
    bool listen();
    bool isListening() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /// A later start sent its command-line arguments.
    void messageReceived(const QStringList &arguments);

private:
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace airdesk::gui
