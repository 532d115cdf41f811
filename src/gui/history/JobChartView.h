#pragma once

#include "core/domain/Job.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QScatterSeries;
class QXYSeries;
class QPointF;

namespace airdesk::gui {

/// Trends of one connection's jobs with Qt Charts: records and bytes per job over time (two
/// axes), and duration over time with each job marked by its outcome (succeeded, failed or
/// cancelled, other). Hovering a point shows the job; clicking it emits jobActivated().
class JobChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobChartView)

public:
    explicit JobChartView(QWidget *parent = nullptr);
    ~JobChartView() override;

    /// Any order; shown by start time. Jobs without a start time are left out.
    void setJobs(const QList<domain::Job> &jobs);
    const QList<domain::Job> &jobs() const { return m_jobs; }

    QChartView *volumeChartView() const { return m_volumeView; }
    QChartView *durationChartView() const { return m_durationView; }
    /// Every series that answers hover and click, for tests and for the legend.
    QList<QXYSeries *> pointSeries() const;
    /// The job a point of `series` stands for, or nullptr.
    const domain::Job *jobAt(const QXYSeries *series, const QPointF &point) const;
    /// The text shown when hovering a job.
    static QString describe(const domain::Job &job);

Q_SIGNALS:
    void jobActivated(qint64 jobId);
    void jobHovered(qint64 jobId);

private:
    void rebuild();
    void watch(QXYSeries *series);

    QList<domain::Job> m_jobs; // by start time
    QChartView *m_volumeView;
    QChartView *m_durationView;
    QList<QXYSeries *> m_pointSeries;
};

} // namespace airdesk::gui
