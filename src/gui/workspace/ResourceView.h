#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace airdesk::models {
class ResourceFilterProxy;
}

namespace airdesk::gui {

/// One resource list: a search box, a loading indicator, a sortable table and a detail pane
/// for the selected row. It only shows models; loading and details come from its owner.
class ResourceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceView)

public:
    /// `settingsKey` names where the table layout and splitter are remembered.
    ResourceView(QAbstractItemModel *model, const QString &settingsKey, QWidget *parent = nullptr);
    ~ResourceView() override;

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    models::ResourceFilterProxy *proxy() const { return m_proxy; }
    QTextBrowser *details() const { return m_details; }

    void setLoading(bool loading);
    /// Plain, already-escaped HTML for the detail pane (links allowed, nothing remote).
    void setDetailsHtml(const QString &html);
    /// The source-model row selected, or -1.
    int currentSourceRow() const;
    void focusSearch();

Q_SIGNALS:
    void currentRowChanged(int sourceRow);
    void refreshRequested();

private:
    void updateCount();
    void saveLayout() const;
    void restoreLayout();
    void fitColumnsOnce();

    QString m_settingsKey;
    models::ResourceFilterProxy *m_proxy;
    QLineEdit *m_search;
    QToolButton *m_refresh;
    QProgressBar *m_busy;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTextBrowser *m_details;
    bool m_columnsFitted = false; // true once sized to content or restored from settings
};

} // namespace airdesk::gui
