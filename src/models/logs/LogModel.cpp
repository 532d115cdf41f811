#include "models/logs/LogModel.h"

#include "models/logs/LogLine.h"
#include "models/logs/LogSearch.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace airdesk::models {

namespace {

QColor levelColour(LogIndex::Level level)
{
    switch (level) {
    case LogIndex::Level::Error:
        return QColor(0xc0, 0x1c, 0x28);
    case LogIndex::Level::Warn:
        return QColor(0xa8, 0x5d, 0x00);
    case LogIndex::Level::Debug:
    case LogIndex::Level::Trace:
        return QColor(0x77, 0x77, 0x77);
    case LogIndex::Level::Info:
    case LogIndex::Level::Unknown:
        break;
    }
    return {};
}

/// Runs `work` in the thread pool and hands its result to `done` on `context`'s thread;
/// progress values go to `progress`. Dropped with `context`.
template<typename T, typename Work, typename Done, typename Progress>
void runInPool(QObject *context, Work work, Done done, Progress progress)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context, progress);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            done(watcher->future().result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

LogModel::~LogModel()
{
    cancelWork();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_index)
        return 0;
    return filtering() ? int(m_visibleLines.size()) : int(m_index->lineCount());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype line = lineOfRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return LogLine::displayText(m_index->line(line));
    case Qt::ToolTipRole:
        return QCoreApplication::translate("airdesk::models::LogModel", "Line %1").arg(line + 1);
    case Qt::ForegroundRole:
        if (const QColor colour = levelColour(m_index->level(line)); colour.isValid())
            return QBrush(colour);
        return {};
    case Qt::BackgroundRole:
        if (lineHasMatch(line))
            return QBrush(QColor(0xff, 0xf1, 0x76));
        return {};
    case LineNumberRole:
        return int(line + 1);
    case LevelRole:
        return int(m_index->level(line));
    case RawLineRole:
        return m_index->line(line).toByteArray();
    case HasMatchRole:
        return lineHasMatch(line);
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LineNumberRole, "lineNumber");
    names.insert(LevelRole, "level");
    names.insert(RawLineRole, "rawLine");
    names.insert(HasMatchRole, "hasMatch");
    return names;
}

void LogModel::setText(const QString &text)
{
    startLoad([text](const LogIndex::Progress &progress) {
        return Built{LogIndex::build(text.toUtf8(), progress), {}};
    });
}

void LogModel::setBytes(const QByteArray &bytes)
{
    startLoad([bytes](const LogIndex::Progress &progress) { return Built{LogIndex::build(bytes, progress), {}}; });
}

void LogModel::openFile(const QString &path)
{
    startLoad([path](const LogIndex::Progress &progress) {
        Built built;
        built.index = LogIndex::buildFromFile(path, &built.error, progress);
        return built;
    });
}

void LogModel::clear()
{
    cancelWork();
    ++m_loadGeneration;
    ++m_searchGeneration;
    m_loading = false;
    m_searching = false;
    beginResetModel();
    m_index.reset();
    m_visibleLines.clear();
    m_matchOffsets.clear();
    m_matchLines.clear();
    m_searchText.clear();
    endResetModel();
}

void LogModel::startLoad(std::function<Built(const LogIndex::Progress &)> build)
{
    clear();
    m_loading = true;
    const quint64 generation = m_loadGeneration;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_loadCancel = cancel;
    runInPool<Built>(
        this,
        [build = std::move(build), cancel](QPromise<Built> &promise) {
            promise.setProgressRange(0, 100);
            const LogIndex::Progress progress = [&promise, cancel](int percent) {
                promise.setProgressValue(percent);
                return !cancel->load() && !promise.isCanceled();
            };
            Built built = build(progress);
            if (!cancel->load())
                promise.addResult(std::move(built));
        },
        [this, generation](const Built &built) {
            if (generation != m_loadGeneration)
                return;
            m_loading = false;
            if (!built.index) {
                Q_EMIT loadFailed(built.error);
                return;
            }
            beginResetModel();
            m_index = built.index;
            rebuildRows();
            endResetModel();
            Q_EMIT loaded(m_index->lineCount());
        },
        [this, generation](int percent) {
            if (generation == m_loadGeneration)
                Q_EMIT loadProgress(percent);
        });
}

void LogModel::cancelWork()
{
    if (m_loadCancel)
        m_loadCancel->store(true);
    if (m_searchCancel)
        m_searchCancel->store(true);
    m_loadCancel.reset();
    m_searchCancel.reset();
}

qsizetype LogModel::lineCount() const
{
    return m_index ? m_index->lineCount() : 0;
}

void LogModel::setLevelFilter(LevelMask mask)
{
    mask &= LogIndex::AllLevels;
    if (mask == m_levelMask)
        return;
    beginResetModel();
    m_levelMask = mask;
    rebuildRows();
    endResetModel();
}

void LogModel::rebuildRows()
{
    m_visibleLines.clear();
    if (m_index && filtering())
        m_visibleLines = m_index->linesWithLevels(m_levelMask);
}

int LogModel::rowOfLine(qsizetype line) const
{
    if (!m_index || line < 0 || line >= m_index->lineCount())
        return -1;
    if (!filtering())
        return int(line);
    const auto it = std::lower_bound(m_visibleLines.begin(), m_visibleLines.end(), std::int32_t(line));
    return (it != m_visibleLines.end() && *it == line) ? int(it - m_visibleLines.begin()) : -1;
}

qsizetype LogModel::lineOfRow(int row) const
{
    return filtering() ? qsizetype(m_visibleLines[size_t(row)]) : qsizetype(row);
}

void LogModel::search(const QString &text)
{
    if (m_searchCancel)
        m_searchCancel->store(true);
    const quint64 generation = ++m_searchGeneration;
    m_searchText = text;
    const bool hadMatches = !m_matchOffsets.empty();
    m_matchOffsets.clear();
    m_matchLines.clear();
    if (hadMatches && rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::BackgroundRole, HasMatchRole});
    if (text.isEmpty() || !m_index) {
        m_searching = false;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_searchGeneration)
                Q_EMIT searchFinished(0);
        });
        return;
    }
    m_searching = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_searchCancel = cancel;
    using Found = std::pair<std::vector<qint64>, std::vector<std::int32_t>>;
    runInPool<Found>(
        this,
        [index = m_index, needle = text.toUtf8(), cancel](QPromise<Found> &promise) {
            Found found;
            found.first = LogSearch::findAll(index->bytes(), needle, cancel.get());
            if (cancel->load())
                return;
            // Offsets ascend, so each line lookup can start where the last one ended.
            found.second.reserve(found.first.size());
            qsizetype line = 0;
            const qsizetype lines = index->lineCount();
            for (const qint64 offset : found.first) {
                while (line + 1 < lines && index->lineStart(line + 1) <= offset)
                    ++line;
                found.second.push_back(std::int32_t(line));
            }
            promise.addResult(std::move(found));
        },
        [this, generation](const Found &found) {
            if (generation != m_searchGeneration)
                return;
            m_searching = false;
            m_matchOffsets = found.first;
            m_matchLines = found.second;
            if (!m_matchOffsets.empty() && rowCount() > 0)
                Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::BackgroundRole, HasMatchRole});
            Q_EMIT searchFinished(matchCount());
        },
        [](int) {});
}

bool LogModel::lineHasMatch(qsizetype line) const
{
    return std::binary_search(m_matchLines.begin(), m_matchLines.end(), std::int32_t(line));
}

qsizetype LogModel::lineOfMatch(int match) const
{
    if (match < 0 || match >= matchCount())
        return -1;
    return m_matchLines[size_t(match)];
}

std::optional<LogModel::MatchPosition> LogModel::stepMatch(int fromMatch, bool forward, int fromRow) const
{
    const int count = matchCount();
    if (count == 0)
        return std::nullopt;
    int start;
    if (fromMatch >= 0 && fromMatch < count) {
        start = forward ? (fromMatch + 1) % count : (fromMatch - 1 + count) % count;
    } else {
        // The first match on a line at or after fromRow's line (or at or before, backwards).
        const std::int32_t line = rowCount() > 0 ? std::int32_t(lineOfRow(std::clamp(fromRow, 0, rowCount() - 1))) : 0;
        if (forward) {
            const auto it = std::lower_bound(m_matchLines.begin(), m_matchLines.end(), line);
            start = it == m_matchLines.end() ? 0 : int(it - m_matchLines.begin());
        } else {
            const auto it = std::upper_bound(m_matchLines.begin(), m_matchLines.end(), line);
            start = it == m_matchLines.begin() ? count - 1 : int(it - m_matchLines.begin()) - 1;
        }
    }
    for (int step = 0; step < count; ++step) {
        const int match = forward ? (start + step) % count : (start - step + count) % count;
        if (const int row = rowOfLine(m_matchLines[size_t(match)]); row >= 0)
            return MatchPosition{match, row};
    }
    return std::nullopt;
}

void LogModel::saveTo(const QString &path)
{
    if (!m_index) {
        const QString error = QCoreApplication::translate("airdesk::models::LogModel", "There is no log to save.");
        QTimer::singleShot(0, this, [this, path, error] { Q_EMIT saveFinished(path, error); });
        return;
    }
    runInPool<QString>(
        this,
        [index = m_index, path](QPromise<QString> &promise) {
            QSaveFile file(path);
            QString error;
            if (!file.open(QIODevice::WriteOnly)) {
                error = QCoreApplication::translate("airdesk::models::LogModel", "Cannot write %1: %2")
                            .arg(path, file.errorString());
            } else if (file.write(index->bytes()) != index->bytes().size() || !file.commit()) {
                error = QCoreApplication::translate("airdesk::models::LogModel", "Cannot save %1: %2")
                            .arg(path, file.errorString());
            }
            promise.addResult(error);
        },
        [this, path](const QString &error) { Q_EMIT saveFinished(path, error); }, [](int) {});
}

} // namespace airdesk::models
