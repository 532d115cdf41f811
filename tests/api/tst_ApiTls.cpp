// TLS: a server whose certificate the system does not trust fails every call with a clear error
// (nothing ignores SSL errors), and a profile's own CA bundle makes the same server usable.
#include "ApiTestUtil.h"

#include "api/ApiTls.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::api::ApiTls;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(AIRDESK_SOURCE_DIR) + u"/tests/data/tls/"_s + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// An HTTPS server on 127.0.0.1 answering every request with `{}`.
class TinyHttpsServer final
{
public:
    bool start()
    {
        const auto certificates = QSslCertificate::fromPath(dataFile(u"localhost-cert.pem"_s));
        const QSslKey key(readAll(dataFile(u"localhost-key.pem"_s)), QSsl::Rsa);
        if (certificates.isEmpty() || key.isNull())
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificates.constFirst());
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                  "Connection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString root() const { return u"https://127.0.0.1:%1/api/public/v1"_s.arg(m_server.serverPort()); }

private:
    QSslServer m_server;
};

} // namespace

class tst_ApiTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectsFilesThatAreNotBundles();
    void acceptsAPemBundle();
    void untrustedCertificateFailsTheCall();
    void customCaBundleIsTrusted();
};

void tst_ApiTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend in this Qt build");
}

void tst_ApiTls::rejectsFilesThatAreNotBundles()
{
    QString error;
    QVERIFY(!ApiTls::fromCaBundleFile(u"/nonexistent/ca.pem"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent/ca.pem"_s), qPrintable(error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"not-a-bundle.pem"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some text\n");
    file.close();
    error.clear();
    QVERIFY(!ApiTls::fromCaBundleFile(path, &error));
    QVERIFY2(error.contains(u"no PEM certificate"_s), qPrintable(error));
    // The private key alone is not a certificate either.
    error.clear();
    QVERIFY(!ApiTls::fromCaBundlePem(readAll(dataFile(u"localhost-key.pem"_s)), &error));
    QVERIFY(!error.isEmpty());
}

void tst_ApiTls::acceptsAPemBundle()
{
    QString error;
    const auto tls = ApiTls::fromCaBundleFile(dataFile(u"localhost-cert.pem"_s), &error);
    QVERIFY2(tls, qPrintable(error));
    QCOMPARE(tls->caCertificates().size(), 1);
    QVERIFY(!tls->isDefault());
    const QSslConfiguration applied = tls->apply(QSslConfiguration::defaultConfiguration());
    QVERIFY(applied.caCertificates().contains(tls->caCertificates().constFirst()));
    // Verification is never switched off by it.
    QCOMPARE(applied.peerVerifyMode(), QSslConfiguration::defaultConfiguration().peerVerifyMode());
    QVERIFY(ApiTls().isDefault());
}

void tst_ApiTls::untrustedCertificateFailsTheCall()
{
    TinyHttpsServer server;
    QVERIFY(server.start());
    const auto roots = api::ApiRoots::make(server.root());
    QVERIFY(roots);
    api::ApiClient client(*roots, api::Credentials::bearer(u"t"_s));
    client.setRetryPolicy({0, 10, 10});
    const auto r = test::callAndWait(client, api::ApiRequest::get(u"/workspaces"_s));
    QVERIFY(r.done);
    QVERIFY(r.error.isError());
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    // The person sees why: the certificate, not a vague failure.
    QVERIFY2(r.error.message().contains(u"certificate"_s, Qt::CaseInsensitive)
                 || r.error.message().contains(u"SSL"_s, Qt::CaseInsensitive),
             qPrintable(r.error.message()));
}

void tst_ApiTls::customCaBundleIsTrusted()
{
    TinyHttpsServer server;
    QVERIFY(server.start());
    const auto roots = api::ApiRoots::make(server.root());
    QVERIFY(roots);
    api::ApiClient client(*roots, api::Credentials::bearer(u"t"_s));
    client.setRetryPolicy({0, 10, 10});
    QString error;
    const auto tls = ApiTls::fromCaBundleFile(dataFile(u"localhost-cert.pem"_s), &error);
    QVERIFY2(tls, qPrintable(error));
    client.setTls(*tls);
    const auto r = test::callAndWait(client, api::ApiRequest::get(u"/workspaces"_s));
    QVERIFY(r.done);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(r.response.json.isObject());
}

QTEST_GUILESS_MAIN(tst_ApiTls)
#include "tst_ApiTls.moc"
