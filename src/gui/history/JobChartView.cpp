#include "gui/history/JobChartView.h"

#include "models/jobs/JobText.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

using domain::Job;
using domain::JobStatus;

namespace {

QChartView *makeView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

QDateTimeAxis *timeAxis(const QList<Job> &jobs)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(u"MMM d HH:mm"_s);
    axis->setTickCount(5);
    QDateTime first = jobs.isEmpty() ? QDateTime::currentDateTimeUtc() : jobs.first().startTime;
    QDateTime last = jobs.isEmpty() ? first : jobs.last().startTime;
    // Some room at both ends so the first and last markers are not cut in half.
    const qint64 pad = std::max<qint64>(60, first.secsTo(last) / 20);
    axis->setRange(first.addSecs(-pad).toLocalTime(), last.addSecs(pad).toLocalTime());
    return axis;
}

QValueAxis *valueAxis(const QString &title, double max, const QColor &colour)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, max > 0 ? max * 1.1 : 1);
    axis->setLabelFormat(max < 10 ? u"%.1f"_s : u"%.0f"_s);
    axis->setTitleBrush(colour);
    axis->applyNiceNumbers();
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

JobChartView::JobChartView(QWidget *parent)
    : QWidget(parent)
    , m_volumeView(makeView(tr("Records and bytes per job"), this))
    , m_durationView(makeView(tr("Duration per job"), this))
{
    m_volumeView->setObjectName(u"volumeChartView"_s);
    m_durationView->setObjectName(u"durationChartView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_volumeView, 1);
    layout->addWidget(m_durationView, 1);
    rebuild();
}

JobChartView::~JobChartView() = default;

void JobChartView::setJobs(const QList<Job> &jobs)
{
    m_jobs.clear();
    for (const Job &job : jobs) {
        if (job.startTime.isValid())
            m_jobs.append(job);
    }
    std::stable_sort(m_jobs.begin(), m_jobs.end(),
                     [](const Job &a, const Job &b) { return a.startTime < b.startTime; });
    rebuild();
}

QList<QXYSeries *> JobChartView::pointSeries() const
{
    return m_pointSeries;
}

QString JobChartView::describe(const Job &job)
{
    QStringList lines;
    lines << tr("Job %1 (%2)").arg(job.jobId).arg(models::JobText::statusText(job.status));
    lines << QLocale().toString(job.startTime.toLocalTime(), QLocale::ShortFormat);
    if (job.durationSeconds)
        lines << tr("Duration: %1").arg(models::JobText::duration(*job.durationSeconds));
    if (job.rowsSynced)
        lines << tr("Records: %1").arg(QLocale().toString(*job.rowsSynced));
    if (job.bytesSynced)
        lines << tr("Bytes: %1").arg(models::JobText::bytes(*job.bytesSynced));
    lines << tr("Click to open the job");
    return lines.join(u'\n');
}

const Job *JobChartView::jobAt(const QXYSeries *series, const QPointF &point) const
{
    if (!m_pointSeries.contains(const_cast<QXYSeries *>(series)))
        return nullptr;
    // Every point's x is its job's start time; take the nearest (clicks are not exact).
    const Job *best = nullptr;
    double bestDistance = 0;
    for (const QPointF &p : series->points()) {
        const double distance = std::abs(p.x() - point.x());
        if (best && distance >= bestDistance)
            continue;
        const auto it = std::find_if(m_jobs.cbegin(), m_jobs.cend(), [&](const Job &job) {
            return double(job.startTime.toMSecsSinceEpoch()) == p.x();
        });
        if (it != m_jobs.cend()) {
            best = &*it;
            bestDistance = distance;
        }
    }
    return best;
}

void JobChartView::watch(QXYSeries *series)
{
    m_pointSeries.append(series);
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &point, bool entered) {
        if (!entered) {
            QToolTip::hideText();
            return;
        }
        if (const Job *job = jobAt(series, point)) {
            QToolTip::showText(QCursor::pos(), describe(*job), this);
            Q_EMIT jobHovered(job->jobId);
        }
    });
    connect(series, &QXYSeries::clicked, this, [this, series](const QPointF &point) {
        if (const Job *job = jobAt(series, point))
            Q_EMIT jobActivated(job->jobId);
    });
}

void JobChartView::rebuild()
{
    m_pointSeries.clear();
    QChart *volume = m_volumeView->chart();
    QChart *duration = m_durationView->chart();
    for (QChart *chart : {volume, duration}) {
        chart->removeAllSeries();
        const auto axes = chart->axes();
        for (QAbstractAxis *axis : axes) {
            chart->removeAxis(axis);
            delete axis;
        }
    }

    const QColor recordsColour(0x15, 0x65, 0xc0);
    const QColor bytesColour(0x8e, 0x24, 0xaa);
    auto *records = new QLineSeries;
    records->setName(tr("Records"));
    records->setColor(recordsColour);
    records->setPointsVisible(true);
    auto *bytes = new QLineSeries;
    bytes->setName(tr("Megabytes"));
    bytes->setColor(bytesColour);
    bytes->setPointsVisible(true);
    // Short syncs read better in seconds, long ones in minutes.
    qint64 longest = 0;
    for (const Job &job : std::as_const(m_jobs))
        longest = std::max(longest, job.durationSeconds.value_or(0));
    const bool inMinutes = longest >= 120;
    const double unitSeconds = inMinutes ? 60.0 : 1.0;
    const QString unitName = inMinutes ? tr("Minutes") : tr("Seconds");
    auto *durationLine = new QLineSeries;
    durationLine->setName(unitName);
    durationLine->setColor(QColor(0x9e, 0x9e, 0x9e));
    auto marker = [](const QString &name, JobStatus status) {
        auto *series = new QScatterSeries;
        series->setName(name);
        series->setColor(models::JobText::statusColour(status));
        series->setBorderColor(models::JobText::statusColour(status));
        series->setMarkerSize(11);
        return series;
    };
    QScatterSeries *succeeded = marker(tr("Succeeded"), JobStatus::Succeeded);
    QScatterSeries *failed = marker(tr("Failed or cancelled"), JobStatus::Failed);
    QScatterSeries *other = marker(tr("Running or other"), JobStatus::Running);
    other->setMarkerShape(QScatterSeries::MarkerShapeRectangle);

    double maxRecords = 0;
    double maxMegabytes = 0;
    double maxMinutes = 0;
    for (const Job &job : std::as_const(m_jobs)) {
        const double x = double(job.startTime.toMSecsSinceEpoch());
        if (job.rowsSynced) {
            records->append(x, double(*job.rowsSynced));
            maxRecords = std::max(maxRecords, double(*job.rowsSynced));
        }
        if (job.bytesSynced) {
            const double mb = double(*job.bytesSynced) / 1e6;
            bytes->append(x, mb);
            maxMegabytes = std::max(maxMegabytes, mb);
        }
        const double minutes = job.durationSeconds ? double(*job.durationSeconds) / unitSeconds : 0.0;
        maxMinutes = std::max(maxMinutes, minutes);
        durationLine->append(x, minutes);
        if (job.status == JobStatus::Succeeded)
            succeeded->append(x, minutes);
        else if (job.isFailure())
            failed->append(x, minutes);
        else
            other->append(x, minutes);
    }

    QDateTimeAxis *volumeX = timeAxis(m_jobs);
    QValueAxis *recordsY = valueAxis(tr("Records"), maxRecords, recordsColour);
    QValueAxis *bytesY = valueAxis(tr("MB"), maxMegabytes, bytesColour);
    volume->addAxis(volumeX, Qt::AlignBottom);
    volume->addAxis(recordsY, Qt::AlignLeft);
    volume->addAxis(bytesY, Qt::AlignRight);
    attach(volume, records, volumeX, recordsY);
    attach(volume, bytes, volumeX, bytesY);

    QDateTimeAxis *durationX = timeAxis(m_jobs);
    QValueAxis *minutesY = valueAxis(unitName, maxMinutes, QColor(0x44, 0x44, 0x44));
    duration->addAxis(durationX, Qt::AlignBottom);
    duration->addAxis(minutesY, Qt::AlignLeft);
    attach(duration, durationLine, durationX, minutesY);
    for (QScatterSeries *series : {succeeded, failed, other})
        attach(duration, series, durationX, minutesY);

    for (QXYSeries *series : {static_cast<QXYSeries *>(records), static_cast<QXYSeries *>(bytes),
                              static_cast<QXYSeries *>(succeeded), static_cast<QXYSeries *>(failed),
                              static_cast<QXYSeries *>(other)})
        watch(series);
}

} // namespace airdesk::gui
