#include "models/jobs/JobText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace airdesk::models::JobText {

using domain::JobStatus;

QString statusText(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QCoreApplication::translate("airdesk::models::JobText", "Pending");
    case JobStatus::Queued:
        return QCoreApplication::translate("airdesk::models::JobText", "Queued");
    case JobStatus::Running:
        return QCoreApplication::translate("airdesk::models::JobText", "Running");
    case JobStatus::Incomplete:
        return QCoreApplication::translate("airdesk::models::JobText", "Incomplete");
    case JobStatus::Failed:
        return QCoreApplication::translate("airdesk::models::JobText", "Failed");
    case JobStatus::Succeeded:
        return QCoreApplication::translate("airdesk::models::JobText", "Succeeded");
    case JobStatus::Cancelled:
        return QCoreApplication::translate("airdesk::models::JobText", "Cancelled");
    case JobStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("airdesk::models::JobText", "Unknown");
}

QColor statusColour(JobStatus status)
{
    switch (status) {
    case JobStatus::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case JobStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case JobStatus::Cancelled:
        return QColor(0x75, 0x75, 0x75);
    case JobStatus::Running:
        return QColor(0x15, 0x65, 0xc0);
    case JobStatus::Incomplete:
        return QColor(0xef, 0x6c, 0x00);
    case JobStatus::Pending:
    case JobStatus::Queued:
    case JobStatus::Unknown:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QIcon statusIcon(JobStatus status)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(int(status)); it != cache.cend())
        return *it;
    constexpr int Size = 32;
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = statusColour(status);
    const bool waiting = status == JobStatus::Pending || status == JobStatus::Queued || status == JobStatus::Unknown;
    p.setPen(QPen(colour, 3));
    p.setBrush(waiting ? QBrush(Qt::NoBrush) : QBrush(colour));
    p.drawEllipse(QRectF(3, 3, Size - 6, Size - 6));
    p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (status) {
    case JobStatus::Succeeded:
        p.drawPolyline(QPolygonF({QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22.5, 11.5)}));
        break;
    case JobStatus::Failed:
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case JobStatus::Cancelled:
        p.drawLine(QPointF(10, 16), QPointF(22, 16));
        break;
    case JobStatus::Running:
        p.drawPolygon(QPolygonF({QPointF(13, 10), QPointF(22, 16), QPointF(13, 22)}));
        break;
    case JobStatus::Incomplete:
        p.drawLine(QPointF(16, 9), QPointF(16, 18));
        p.drawPoint(QPointF(16, 23));
        break;
    case JobStatus::Pending:
    case JobStatus::Queued:
    case JobStatus::Unknown:
        p.setPen(QPen(colour, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(16, 16), QPointF(16, 10));
        p.drawLine(QPointF(16, 16), QPointF(20, 18));
        break;
    }
    p.end();
    QIcon icon(pixmap);
    cache.insert(int(status), icon);
    return icon;
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return u"%1h %2m %3s"_s.arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return u"%1m %2s"_s.arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return u"%1s"_s.arg(s);
}

QString bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace airdesk::models::JobText
