#pragma once

#include "core/domain/LogEvent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QFile;

namespace airdesk::models {

/// The line index of one log text, built once off the GUI thread and then read-only (so any
/// thread may read it): where each line starts in the bytes, and each line's level. Lines
/// without a level word (stack traces, wrapped messages) take the level of the line before,
/// so filtering by "error" keeps an error's stack trace. The bytes are a QByteArray or a
/// memory-mapped file; lines are decoded only when shown.
class LogIndex final
{
public:
    using Level = domain::LogEvent::Level;
    /// Told the share done (0-100) now and then; returning false stops the build.
    using Progress = std::function<bool(int percent)>;

    /// Bit per level for filters: 1 << int(Level).
    using LevelMask = unsigned;
    static constexpr LevelMask AllLevels = (1u << (int(Level::Unknown) + 1)) - 1;
    static constexpr LevelMask bit(Level level) { return 1u << int(level); }

    /// Indexes `bytes`; nullptr only when `progress` asked to stop.
    static std::shared_ptr<const LogIndex> build(const QByteArray &bytes, const Progress &progress = {});
    /// Maps the file and indexes it; nullptr with `error` set when it cannot be read, or
    /// nullptr with `error` empty when `progress` asked to stop.
    static std::shared_ptr<const LogIndex> buildFromFile(const QString &path, QString *error,
                                                         const Progress &progress = {});

    LogIndex(const LogIndex &) = delete;
    LogIndex &operator=(const LogIndex &) = delete;
    ~LogIndex();

    /// The whole text as read (for search and save). For a mapped file it points into the map.
    const QByteArray &bytes() const { return m_bytes; }
    qsizetype lineCount() const { return qsizetype(m_levels.size()); }
    /// Line `line` without its '\n'.
    QByteArrayView line(qsizetype line) const;
    qint64 lineStart(qsizetype line) const { return m_starts[size_t(line)]; }
    Level level(qsizetype line) const { return Level(m_levels[size_t(line)]); }
    /// The line holding byte `offset`.
    qsizetype lineOfOffset(qint64 offset) const;
    /// The lines whose level is in `mask`, in order.
    std::vector<std::int32_t> linesWithLevels(LevelMask mask) const;
    /// How many lines have each level, indexed by int(Level).
    std::vector<qsizetype> levelCounts() const;

private:
    LogIndex() = default;
    bool index(const Progress &progress);

    QByteArray m_bytes;
    std::unique_ptr<QFile> m_file; // keeps the map alive
    std::vector<qint64> m_starts;  // lineCount() + 1 entries: the last is the end of the text
    std::vector<std::uint8_t> m_levels;
};

} // namespace airdesk::models
