#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace airdesk::api {
class JobService;
}

namespace airdesk::models {
class FailuresFirstProxy;
class RecentJobsModel;
}

namespace airdesk::gui {

/// What ran lately across the whole workspace, failures first, so a person sees what broke
/// today without opening each connection: a period picker (24 hours, 7 days, 30 days), a
/// "failures only" switch, a one-line tally, and the jobs. Opening a row emits jobActivated().
class RecentJobsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentJobsView)

public:
    explicit RecentJobsView(api::JobService *service, QWidget *parent = nullptr);
    ~RecentJobsView() override;

    /// Loads the chosen period again.
    void refresh();
    void setConnectionNames(const QHash<QString, QString> &names);

    models::RecentJobsModel *model() const { return m_model; }
    models::FailuresFirstProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *periodPicker() const { return m_period; }
    QCheckBox *failuresOnlyCheck() const { return m_failuresOnly; }
    QLabel *tallyLabel() const { return m_tally; }

Q_SIGNALS:
    void jobActivated(qint64 jobId, const QString &connectionId);

private:
    void updateTally();

    models::RecentJobsModel *m_model;
    models::FailuresFirstProxy *m_proxy;
    QComboBox *m_period;
    QCheckBox *m_failuresOnly;
    QToolButton *m_refresh;
    QLabel *m_tally;
    QTableView *m_table;
};

} // namespace airdesk::gui
