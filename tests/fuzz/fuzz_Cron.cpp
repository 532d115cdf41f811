// Fuzzes Quartz cron parsing and next-fire computation (src/core/cron), the Airbyte server's
// rules and the human description: any text, any start time.
#include "core/cron/AirbyteCronRules.h"
#include "core/cron/CronDescription.h"
#include "core/cron/CronExpression.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace airdesk::cron;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first 8 bytes pick the start time (when there are that many), the rest is the expression.
    qint64 start = 1'700'000'000'000;
    if (size >= 8) {
        std::memcpy(&start, data, 8);
        // Keep it within the years QDateTime and Quartz handle (1970..2199).
        start = qint64(quint64(start) % 7'000'000'000'000ULL);
        data += 8;
        size -= 8;
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const CronExpression expression = CronExpression::parse(text);
    (void)CronDescription::describe(expression);
    (void)AirbyteCronRules::stripUtcSuffix(text);
    (void)AirbyteCronRules::quartzEquivalentOfUnix(text);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
    (void)AirbyteCronRules::checkForPublicApi(text, 1, now);
    if (expression.isValid()) {
        static const QTimeZone berlin("Europe/Berlin");
        (void)expression.nextFireTimes(now, QTimeZone::utc(), 5);
        (void)expression.nextFireSecs(start, berlin, 5);
    }
    return 0;
}
