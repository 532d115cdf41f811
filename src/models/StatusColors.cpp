#include "StatusColors.h"

namespace airdesk::models::StatusColors {

namespace {
const QColor kGreen = QColor::fromRgb(0x2e, 0xa0, 0x43);
const QColor kRed = QColor::fromRgb(0xd9, 0x3f, 0x3f);
const QColor kAmber = QColor::fromRgb(0xe0, 0x9b, 0x1a);
const QColor kBlue = QColor::fromRgb(0x2f, 0x7e, 0xd8);
const QColor kGrey = QColor::fromRgb(0x8a, 0x8f, 0x98);
} // namespace

QColor forJob(domain::JobStatus status)
{
    switch (status) {
    case domain::JobStatus::Succeeded:
        return kGreen;
    case domain::JobStatus::Failed:
        return kRed;
    case domain::JobStatus::Incomplete:
    case domain::JobStatus::Cancelled:
        return kAmber;
    case domain::JobStatus::Pending:
    case domain::JobStatus::Queued:
    case domain::JobStatus::Running:
        return kBlue;
    case domain::JobStatus::Unknown:
        break;
    }
    return kGrey;
}

QColor forConnection(domain::Connection::Status status)
{
    switch (status) {
    case domain::Connection::Status::Active:
        return kGreen;
    case domain::Connection::Status::Locked:
        return kAmber;
    case domain::Connection::Status::Inactive:
    case domain::Connection::Status::Deprecated:
    case domain::Connection::Status::Unknown:
        break;
    }
    return kGrey;
}

} // namespace airdesk::models::StatusColors
