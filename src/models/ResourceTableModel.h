#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace airdesk::models {

/// The row bookkeeping the resource table models share: a list of domain values kept unique
/// by id, with the exact insert/remove/change signals views and proxies need (never a reset
/// for a page or a single change, so selection and scroll position survive a refresh).
/// Subclasses give the id of a row and the columns; they carry Q_OBJECT themselves.
template<typename T>
class ResourceTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    /// The row's value; a default one for a row out of range.
    T rowAt(int row) const { return m_rows.value(row); }
    const QList<T> &rows() const { return m_rows; }
    /// -1 when the id is not shown.
    int indexOfId(const QString &id) const { return m_indexById.value(id, -1); }
    bool containsId(const QString &id) const { return m_indexById.contains(id); }
    QString rowIdOf(const T &row) const { return rowId(row); }

    /// Replaces everything (one model reset).
    void setRows(const QList<T> &rows)
    {
        beginResetModel();
        m_rows.clear();
        m_indexById.clear();
        for (const T &row : rows) {
            // A duplicate id keeps its first place and its latest value.
            if (const int at = indexOfId(rowId(row)); at >= 0) {
                m_rows[at] = row;
            } else {
                m_indexById.insert(rowId(row), int(m_rows.size()));
                m_rows.append(row);
            }
        }
        endResetModel();
    }

    /// Appends the rows whose id is new in one insertion, and updates in place (dataChanged
    /// over the whole row) those already shown, so a page that overlaps an earlier one, or a
    /// refresh, never duplicates a row.
    void appendRows(const QList<T> &rows)
    {
        QList<T> fresh;
        QHash<QString, int> freshIndex;
        for (const T &row : rows) {
            const QString id = rowId(row);
            if (const int at = indexOfId(id); at >= 0)
                replaceRow(at, row);
            else if (const auto it = freshIndex.constFind(id); it != freshIndex.cend())
                fresh[*it] = row;
            else {
                freshIndex.insert(id, int(fresh.size()));
                fresh.append(row);
            }
        }
        if (fresh.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const T &row : std::as_const(fresh)) {
            m_indexById.insert(rowId(row), int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }

    /// Updates the row with the same id, or appends it. Returns its row.
    int upsert(const T &row)
    {
        appendRows({row});
        return indexOfId(rowId(row));
    }

    /// Removes the row with that id; false when there is none.
    bool removeById(const QString &id)
    {
        const int at = indexOfId(id);
        if (at < 0)
            return false;
        removeRowRange(at, at);
        return true;
    }

    /// Removes every row whose id is not in `keep` (what a finished refresh no longer lists),
    /// one removal per contiguous run, bottom first so earlier row numbers stay valid.
    void removeAllExcept(const QSet<QString> &keep)
    {
        int last = int(m_rows.size()) - 1;
        while (last >= 0) {
            if (keep.contains(rowId(m_rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !keep.contains(rowId(m_rows.at(first - 1))))
                --first;
            removeRowRange(first, last);
            last = first - 1;
        }
    }

    /// Removes everything (one model reset); nothing happens when already empty.
    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginResetModel();
        m_rows.clear();
        m_indexById.clear();
        endResetModel();
    }

protected:
    virtual QString rowId(const T &row) const = 0;

    void replaceRow(int at, const T &row)
    {
        m_rows[at] = row;
        Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
    }

    /// Calls `emitRange(first, last)` for each contiguous run of rows for which `changed(row)`
    /// holds, so a change touching many rows costs a few signals, not one per row.
    template<typename Pred, typename Emit>
    void forEachChangedRun(Pred changed, Emit emitRange) const
    {
        const int count = int(m_rows.size());
        for (int row = 0; row < count; ++row) {
            if (!changed(row))
                continue;
            int last = row;
            while (last + 1 < count && changed(last + 1))
                ++last;
            emitRange(row, last);
            row = last;
        }
    }

private:
    void removeRowRange(int first, int last)
    {
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        m_indexById.clear();
        for (int i = 0; i < int(m_rows.size()); ++i)
            m_indexById.insert(rowId(m_rows.at(i)), i);
        endRemoveRows();
    }

    QList<T> m_rows;
    QHash<QString, int> m_indexById;
};

} // namespace airdesk::models
