#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace airdesk::api {

/// The TLS trust of one profile: the system's certificate authorities plus, for a self-managed
/// instance behind its own CA, the certificates of a PEM bundle the profile names. It only adds
/// trust anchors; certificate and host-name verification always stay on (no error is ignored).
class ApiTls final
{
public:
    ApiTls() = default;

    /// Reads a PEM bundle of CA certificates; nullopt and a specific message when the file is
    /// missing, unreadable, holds no certificate, or holds one that is not valid now.
    static std::optional<ApiTls> fromCaBundleFile(const QString &path, QString *error);
    static std::optional<ApiTls> fromCaBundlePem(const QByteArray &pem, QString *error);

    bool isDefault() const { return m_caCertificates.isEmpty(); }
    const QList<QSslCertificate> &caCertificates() const { return m_caCertificates; }
    /// `base` with this profile's CAs added to the ones it already trusts.
    QSslConfiguration apply(QSslConfiguration base) const;

private:
    QList<QSslCertificate> m_caCertificates;
};

} // namespace airdesk::api
