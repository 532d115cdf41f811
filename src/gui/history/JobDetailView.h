#pragma once

#include "core/domain/JobInfo.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

namespace airdesk::api {
class JobService;
}

namespace airdesk::gui {

class LogViewer;

/// One job in full: a summary (status, type, times, records, bytes), the attempts (status,
/// created and ended, records, bytes, failure summary), a link to the connection's job
/// history in the web app, and the attempts' logs in a LogViewer. The job comes from
/// JobService::jobInfo (Config API /jobs/get); choosing an attempt shows its log.
class JobDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailView)

public:
    enum AttemptColumn { NumberColumn, StatusColumn, CreatedColumn, EndedColumn, RecordsColumn, BytesColumn,
                         FailureColumn, AttemptColumnCount };

    explicit JobDetailView(api::JobService *service, QWidget *parent = nullptr);
    ~JobDetailView() override;

    /// Fetches the job with its attempts and logs; loaded() or failed() follows.
    void showJob(qint64 jobId);
    /// Shows a job already fetched.
    void setJobInfo(const domain::JobInfo &info);
    /// Where "Open in the web app" points (the connection's job history page); none hides it.
    void setWebUrl(const QUrl &url);
    qint64 jobId() const { return m_jobId; }
    const domain::JobInfo &jobInfo() const { return m_info; }

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *attemptTable() const { return m_attempts; }
    LogViewer *logViewer() const { return m_logs; }
    QToolButton *refreshButton() const { return m_refresh; }

Q_SIGNALS:
    void loaded(const airdesk::domain::JobInfo &info);
    void failed(const QString &message);

private:
    void fillSummary();
    void fillAttempts();

    api::JobService *m_service;
    QObject *m_request = nullptr; // context of the call in flight, replaced by a newer one
    qint64 m_jobId = 0;
    domain::JobInfo m_info;
    QUrl m_webUrl;
    QLabel *m_summary;
    QToolButton *m_refresh;
    QTableWidget *m_attempts;
    LogViewer *m_logs;
};

} // namespace airdesk::gui
