#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTableView;
class QTextBrowser;
class QMenu;
class QTabWidget;
class QTimer;
class QToolButton;
class QUrl;

namespace airdesk::models {
class ResourceFilterProxy;
}

namespace airdesk::gui {

/// One resource list: a search box and filters, a loading indicator, a sortable table whose
/// columns can be shown or hidden (header context menu), and a detail pane for the current
/// row. Several rows can be selected for bulk actions. It only shows models; loading and
/// details come from its owner.
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
    /// The right-hand pane: "Details" first; owners add more tabs (a connection's history).
    QTabWidget *detailTabs() const { return m_detailTabs; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }

    /// Shows the status filter (connections) or the connector-type filter (sources, destinations).
    void setStatusFilterVisible(bool visible);
    void setTypeFilterVisible(bool visible);
    /// Columns that start hidden when no layout was remembered.
    void setDefaultHiddenColumns(const QList<int> &columns);
    /// The header's "show or hide columns" menu (what a right click on the header opens).
    QMenu *createColumnMenu(QWidget *parent);

    void setLoading(bool loading);
    /// Plain, already-escaped HTML for the detail pane (links allowed, nothing remote).
    void setDetailsHtml(const QString &html);
    /// The source-model row selected, or -1.
    int currentSourceRow() const;
    /// Every selected row (source-model rows, in view order); the current row when none is.
    QList<int> selectedSourceRows() const;
    /// Makes the row with this id current and visible, clearing filters that hide it.
    bool selectId(const QString &id);
    void focusSearch();

Q_SIGNALS:
    void currentRowChanged(int sourceRow);
    void refreshRequested();
    /// The selection changed (bulk actions enable themselves from it).
    void selectionChanged();
    /// An internal link in the detail pane ("airdesk:source/<id>") was clicked.
    void internalLinkActivated(const QUrl &url);

private:
    void updateCount();
    void updateTypeFilterChoices();
    void applyTypeFilter();
    void applyStatusFilter();
    void onLinkClicked(const QUrl &url);
    void saveLayout() const;
    void restoreLayout();
    void fitColumnsOnce();

    QString m_settingsKey;
    models::ResourceFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_typeFilter;
    QComboBox *m_statusFilter;
    QToolButton *m_refresh;
    QProgressBar *m_busy;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTabWidget *m_detailTabs;
    QTextBrowser *m_details;
    QTimer *m_typeChoicesTimer;
    QList<int> m_defaultHidden;
    bool m_columnsFitted = false; // true once sized to content or restored from settings
};

} // namespace airdesk::gui
