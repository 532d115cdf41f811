#pragma once

#include "models/logs/LogIndex.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QFuture>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace airdesk::models {

/// A virtualised, line-indexed model over one log text, built for logs of hundreds of
/// megabytes: one row per line (or per line passing the level filter), decoded only when a
/// view asks for it. Indexing, searching and saving run in QtConcurrent; results come back
/// by signal on the model's thread, so the GUI thread never walks the text.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    using Level = LogIndex::Level;
    using LevelMask = LogIndex::LevelMask;

    enum Role : int {
        LineNumberRole = Qt::UserRole + 1, // int, from 1, in the whole log
        LevelRole,                         // domain::LogEvent::Level as int
        RawLineRole,                       // QByteArray: the line as stored (ANSI codes kept)
        HasMatchRole,                      // bool: the line holds a search match
    };

    /// One search match as a view navigates to it.
    struct MatchPosition
    {
        int match = -1; // index into all matches
        int row = -1;   // the row showing it
    };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the text; loaded() (or loadFailed()) follows. The model is empty meanwhile.
    void setText(const QString &text);
    void setBytes(const QByteArray &bytes);
    /// Maps the file (not read into memory) and indexes it.
    void openFile(const QString &path);
    void clear();
    bool isLoading() const { return m_loading; }

    /// Lines in the whole log, whatever the filter.
    qsizetype lineCount() const;
    const LogIndex *logIndex() const { return m_index.get(); }

    /// Rows show only lines whose level is in `mask` (LogIndex::bit(level) bits).
    void setLevelFilter(LevelMask mask);
    LevelMask levelFilter() const { return m_levelMask; }
    /// The row showing line `line` (from 0), or -1 when filtered out.
    int rowOfLine(qsizetype line) const;
    qsizetype lineOfRow(int row) const;

    /// Finds every case-insensitive occurrence of `text` in the raw bytes, in the
    /// background; searchFinished() follows (a newer search or load drops an older one).
    void search(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return m_searching; }
    int matchCount() const { return int(m_matchOffsets.size()); }
    /// The match after (or before) `fromMatch`, skipping matches on hidden lines, wrapping
    /// around; with fromMatch -1 the first one at or after `fromRow` (or before, backwards).
    std::optional<MatchPosition> stepMatch(int fromMatch, bool forward, int fromRow = 0) const;
    /// The line (from 0) of match `match`.
    qsizetype lineOfMatch(int match) const;

    /// Writes the whole log, as stored, to `path` in the background; saveFinished() follows.
    void saveTo(const QString &path);

Q_SIGNALS:
    void loadProgress(int percent);
    void loaded(qsizetype lineCount);
    void loadFailed(const QString &error);
    void searchFinished(int matchCount);
    void saveFinished(const QString &path, const QString &error);

private:
    struct Built
    {
        std::shared_ptr<const LogIndex> index;
        QString error;
    };

    void startLoad(std::function<Built(const LogIndex::Progress &)> build);
    void cancelWork();
    void rebuildRows();
    bool lineHasMatch(qsizetype line) const;
    bool filtering() const { return m_levelMask != LogIndex::AllLevels; }

    std::shared_ptr<const LogIndex> m_index;
    LevelMask m_levelMask = LogIndex::AllLevels;
    std::vector<std::int32_t> m_visibleLines; // when filtering: row -> line
    QString m_searchText;
    std::vector<qint64> m_matchOffsets;
    std::vector<std::int32_t> m_matchLines;   // line of each match, non-decreasing
    bool m_loading = false;
    bool m_searching = false;
    quint64 m_loadGeneration = 0;
    quint64 m_searchGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_loadCancel;
    std::shared_ptr<std::atomic_bool> m_searchCancel;
};

} // namespace airdesk::models
