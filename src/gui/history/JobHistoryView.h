#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace airdesk::api {
class JobService;
}

namespace airdesk::models {
class JobTableModel;
}

namespace airdesk::gui {

class JobChartView;
class JobRunController;

/// One connection's sync history: the job table (newest first, more pages as the person
/// scrolls), filters (status, type, date range, oldest first), the trend charts, and "Run
/// sync now" / "Cancel" through a JobRunController, whose live updates show in the table.
/// Opening a job (double click, Enter, or a click in a chart) emits jobActivated().
class JobHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistoryView)

public:
    /// `runner` may be null: the run and cancel buttons then hide.
    JobHistoryView(api::JobService *service, JobRunController *runner, QWidget *parent = nullptr);
    ~JobHistoryView() override;

    void setConnectionId(const QString &connectionId);
    QString connectionId() const;

    models::JobTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    JobChartView *chart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateEdit *fromDate() const { return m_fromDate; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *toDate() const { return m_toDate; }
    QCheckBox *oldestFirstCheck() const { return m_oldestFirst; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void jobActivated(qint64 jobId);

private:
    void applyFilters();
    void refreshChart();
    void updateButtons();
    void showMessage(const QString &text, bool problem);

    api::JobService *m_service;
    JobRunController *m_runner;
    models::JobTableModel *m_model;
    QComboBox *m_statusFilter;
    QComboBox *m_typeFilter;
    QCheckBox *m_fromCheck;
    QDateEdit *m_fromDate;
    QCheckBox *m_toCheck;
    QDateEdit *m_toDate;
    QCheckBox *m_oldestFirst;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTableView *m_table;
    JobChartView *m_chart;
};

} // namespace airdesk::gui
