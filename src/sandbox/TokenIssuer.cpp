#include "TokenIssuer.h"

#include <QRandomGenerator>

namespace airdesk::sandbox {

QString TokenIssuer::issue(const QDateTime &now, int ttlSeconds)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token = QStringLiteral("sbx.")
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_expiry.insert(token, now.addSecs(ttlSeconds));
    return token;
}

TokenIssuer::Check TokenIssuer::check(const QString &token, const QDateTime &now) const
{
    if (!m_fixedToken.isEmpty() && token == m_fixedToken)
        return Check::Valid;
    const auto it = m_expiry.constFind(token);
    if (it == m_expiry.cend())
        return Check::Unknown;
    return now < it.value() ? Check::Valid : Check::Expired;
}

} // namespace airdesk::sandbox
