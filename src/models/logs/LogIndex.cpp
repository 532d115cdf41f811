#include "models/logs/LogIndex.h"

#include "models/logs/LogLine.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace airdesk::models {

namespace {

/// How many bytes are indexed between two progress reports.
constexpr qint64 ChunkBytes = qint64(8) << 20;

} // namespace

LogIndex::~LogIndex()
{
    if (m_file)
        m_bytes = {}; // drop the raw-data view before the map goes
}

std::shared_ptr<const LogIndex> LogIndex::build(const QByteArray &bytes, const Progress &progress)
{
    std::shared_ptr<LogIndex> index(new LogIndex);
    index->m_bytes = bytes;
    if (!index->index(progress))
        return nullptr;
    return index;
}

std::shared_ptr<const LogIndex> LogIndex::buildFromFile(const QString &path, QString *error, const Progress &progress)
{
    std::shared_ptr<LogIndex> index(new LogIndex);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("airdesk::models::LogIndex", "Cannot open %1: %2")
                         .arg(path, file->errorString());
        return nullptr;
    }
    const qint64 size = file->size();
    if (size > 0) {
        uchar *map = file->map(0, size);
        if (!map) {
            if (error)
                *error = QCoreApplication::translate("airdesk::models::LogIndex", "Cannot map %1 into memory: %2")
                             .arg(path, file->errorString());
            return nullptr;
        }
        index->m_bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(map), qsizetype(size));
    }
    index->m_file = std::move(file);
    if (!index->index(progress)) {
        if (error)
            error->clear();
        return nullptr;
    }
    return index;
}

bool LogIndex::index(const Progress &progress)
{
    const char *const data = m_bytes.constData();
    const qint64 size = m_bytes.size();
    // Typical log lines are 60-150 bytes; reserving avoids most regrowth of the big vectors.
    m_starts.reserve(size_t(size / 80 + 2));
    m_levels.reserve(size_t(size / 80 + 1));
    Level previous = Level::Unknown;
    qint64 start = 0;
    qint64 nextReport = ChunkBytes;
    while (start < size) {
        const void *found = std::memchr(data + start, '\n', size_t(size - start));
        const qint64 end = found ? qint64(static_cast<const char *>(found) - data) : size;
        Level level = LogLine::detectLevel(data + start, end - start);
        if (level == Level::Unknown)
            level = previous;
        previous = level;
        m_starts.push_back(start);
        m_levels.push_back(std::uint8_t(level));
        start = end + 1;
        if (start >= nextReport) {
            nextReport += ChunkBytes;
            if (progress && !progress(int(start * 100 / size)))
                return false;
        }
    }
    m_starts.push_back(size);
    if (progress)
        progress(100);
    return true;
}

QByteArrayView LogIndex::line(qsizetype line) const
{
    const qint64 start = m_starts[size_t(line)];
    qint64 end = m_starts[size_t(line) + 1];
    // Every line but possibly the last ends in '\n'; the next start is one past it.
    if (end > start && end <= m_bytes.size() && m_bytes.at(qsizetype(end - 1)) == '\n')
        --end;
    return QByteArrayView(m_bytes.constData() + start, qsizetype(end - start));
}

qsizetype LogIndex::lineOfOffset(qint64 offset) const
{
    if (m_levels.empty())
        return -1;
    const auto last = m_starts.begin() + qsizetype(m_levels.size());
    const auto it = std::upper_bound(m_starts.begin(), last, offset);
    return std::max<qsizetype>(0, qsizetype(it - m_starts.begin()) - 1);
}

std::vector<std::int32_t> LogIndex::linesWithLevels(LevelMask mask) const
{
    std::vector<std::int32_t> out;
    out.reserve(m_levels.size());
    const size_t count = m_levels.size();
    for (size_t i = 0; i < count; ++i) {
        if (mask & (1u << m_levels[i]))
            out.push_back(std::int32_t(i));
    }
    return out;
}

std::vector<qsizetype> LogIndex::levelCounts() const
{
    std::vector<qsizetype> counts(size_t(Level::Unknown) + 1, 0);
    for (const std::uint8_t level : m_levels)
        ++counts[level];
    return counts;
}

} // namespace airdesk::models
