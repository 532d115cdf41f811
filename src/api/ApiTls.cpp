#include "ApiTls.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace airdesk::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::api::ApiTls", text);
}

} // namespace

std::optional<ApiTls> ApiTls::fromCaBundleFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the CA bundle %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    constexpr qint64 kMaxBundleBytes = qint64(16) * 1024 * 1024;
    if (file.size() > kMaxBundleBytes) {
        if (error)
            *error = tr("The CA bundle %1 is larger than 16 MB; it cannot be a certificate bundle.").arg(path);
        return std::nullopt;
    }
    QString why;
    auto tls = fromCaBundlePem(file.readAll(), &why);
    if (!tls && error)
        *error = tr("The CA bundle %1 cannot be used: %2").arg(path, why);
    return tls;
}

std::optional<ApiTls> ApiTls::fromCaBundlePem(const QByteArray &pem, QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("it holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\").");
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate &certificate : certificates) {
        if (certificate.isNull() || certificate.expiryDate() < now || certificate.effectiveDate() > now) {
            if (error)
                *error = tr("the certificate \"%1\" is not valid now (valid from %2 to %3).")
                             .arg(certificate.subjectDisplayName(),
                                  certificate.effectiveDate().toString(Qt::ISODate),
                                  certificate.expiryDate().toString(Qt::ISODate));
            return std::nullopt;
        }
    }
    ApiTls tls;
    tls.m_caCertificates = certificates;
    return tls;
}

QSslConfiguration ApiTls::apply(QSslConfiguration base) const
{
    base.addCaCertificates(m_caCertificates);
    return base;
}

} // namespace airdesk::api
