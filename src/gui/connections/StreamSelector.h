#pragma once

#include "api/services/ConnectionCreateRequest.h"
#include "api/services/StreamInfo.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace airdesk::gui {

/// Picks the streams of a connection from what /streams offers: one checkable row per stream
/// with its namespace, the source's cursor and primary key defaults and, when asked for, a
/// sync-mode choice among the modes the source and destination support. Select all / none
/// act on the rows the filter shows.
class StreamSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamSelector)

public:
    enum Column { NameColumn, NamespaceColumn, SyncModeColumn, CursorColumn, PrimaryKeyColumn, ColumnCount };

    explicit StreamSelector(bool withSyncModes, QWidget *parent = nullptr);

    /// Replaces the rows; the streams named in `checked` start checked.
    void setStreams(const QList<api::StreamInfo> &streams, const QStringList &checked);
    QStringList selectedStreams() const;
    /// The checked streams with their chosen sync mode (empty: the server's default).
    QList<api::ConnectionCreateRequest::Stream> selection() const;
    void setAllChecked(bool checked);
    void setChecked(const QString &stream, bool checked);
    /// Chooses a sync mode for one stream; false when the stream does not offer it.
    bool setSyncMode(const QString &stream, const QString &mode);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void selectionChanged();

private:
    void applyFilter(const QString &text);
    void updateCount();
    QComboBox *modeBox(int row) const;

    bool m_withSyncModes;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_count;
};

} // namespace airdesk::gui
