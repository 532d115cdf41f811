#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {
QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_name(serverName(key))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyFor(const QString &profile)
{
    return currentUser() + u'\n' + profile;
}

QString SingleInstance::serverName(const QString &key)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return u"airdesk-"_s + QString::fromLatin1(hash);
}

bool SingleInstance::sendToRunning(const QStringList &arguments, int timeoutMs) const
{
    // Blocking waits, but only at start-up before the event loop and any window exist.
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray message = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The first instance answers once it has read the message, so nothing is lost on exit.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_name))
        return true;
    // A socket left behind by a crashed instance: nobody answered sendToRunning, so remove it.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    m_error = m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine().trimmed());
            QStringList arguments;
            const QJsonArray array = doc.array();
            for (const QJsonValue &value : array)
                arguments.append(value.toString());
            socket->write("ok\n");
            socket->flush();
            Q_EMIT messageReceived(arguments);
        });
    }
}

} // namespace airdesk::gui
