#include "gui/history/JobHistoryView.h"

#include "gui/history/JobChartView.h"
#include "gui/history/JobRunController.h"
#include "models/jobs/JobTableModel.h"
#include "models/jobs/JobText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

using domain::Job;
using domain::JobStatus;
using domain::JobType;
using models::JobTableModel;

namespace {

/// How often elapsed times of running jobs are redrawn.
constexpr int ElapsedTickMs = 1000;

} // namespace

JobHistoryView::JobHistoryView(api::JobService *service, JobRunController *runner, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_runner(runner)
    , m_model(new JobTableModel(service, this))
    , m_statusFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_fromCheck(new QCheckBox(tr("From"), this))
    , m_fromDate(new QDateEdit(this))
    , m_toCheck(new QCheckBox(tr("To"), this))
    , m_toDate(new QDateEdit(this))
    , m_oldestFirst(new QCheckBox(tr("Oldest first"), this))
    , m_runButton(new QPushButton(tr("Run sync now"), this))
    , m_cancelButton(new QPushButton(tr("Cancel sync"), this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_chart(new JobChartView(this))
{
    m_statusFilter->setObjectName(u"statusComboBox"_s);
    m_statusFilter->addItem(tr("Any status"));
    for (JobStatus status : {JobStatus::Succeeded, JobStatus::Failed, JobStatus::Cancelled, JobStatus::Running,
                             JobStatus::Pending, JobStatus::Incomplete})
        m_statusFilter->addItem(models::JobText::statusIcon(status), models::JobText::statusText(status), int(status));
    m_typeFilter->setObjectName(u"typeComboBox"_s);
    m_typeFilter->addItem(tr("Any type"));
    m_typeFilter->addItem(tr("Sync"), int(JobType::Sync));
    m_typeFilter->addItem(tr("Reset"), int(JobType::Reset));
    m_typeFilter->addItem(tr("Refresh"), int(JobType::Refresh));
    m_typeFilter->addItem(tr("Clear"), int(JobType::Clear));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_fromDate, m_toDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_fromDate->setObjectName(u"fromDateEdit"_s);
    m_toDate->setObjectName(u"toDateEdit"_s);
    m_fromDate->setDate(today.addDays(-30));
    m_toDate->setDate(today);
    m_fromCheck->setObjectName(u"fromCheckBox"_s);
    m_toCheck->setObjectName(u"toCheckBox"_s);
    m_oldestFirst->setObjectName(u"oldestFirstCheckBox"_s);
    m_runButton->setObjectName(u"runSyncPushButton"_s);
    m_cancelButton->setObjectName(u"cancelSyncPushButton"_s);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_runButton->setVisible(runner != nullptr);
    m_cancelButton->setVisible(runner != nullptr);

    m_table->setObjectName(u"jobTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setIconSize(QSize(16, 16));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(JobTableModel::IdColumn, 80);
    m_table->setColumnWidth(JobTableModel::StatusColumn, 120);
    m_table->setColumnWidth(JobTableModel::StartedColumn, 150);
    m_chart->setObjectName(u"jobChartView"_s);
    m_tabs->setObjectName(u"historyTabWidget"_s);
    m_tabs->addTab(m_table, tr("Jobs"));
    m_tabs->addTab(m_chart, tr("Trends"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_fromDate);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_toDate);
    filters->addWidget(m_oldestFirst);
    filters->addStretch(1);
    filters->addWidget(m_runButton);
    filters->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    for (QComboBox *combo : {m_statusFilter, m_typeFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &JobHistoryView::applyFilters);
    for (QCheckBox *check : {m_fromCheck, m_toCheck, m_oldestFirst})
        connect(check, &QCheckBox::toggled, this, &JobHistoryView::applyFilters);
    connect(m_fromCheck, &QCheckBox::toggled, m_fromDate, &QDateEdit::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_toDate, &QDateEdit::setEnabled);
    for (QDateEdit *edit : {m_fromDate, m_toDate})
        connect(edit, &QDateEdit::dateChanged, this, &JobHistoryView::applyFilters);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT jobActivated(m_model->jobAt(index.row()).jobId);
    });
    connect(m_chart, &JobChartView::jobActivated, this, &JobHistoryView::jobActivated);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobHistoryView::refreshChart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobHistoryView::refreshChart);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles != QList<int>{Qt::DisplayRole}) // not the elapsed-time tick
                    refreshChart();
            });
    connect(m_model, &JobTableModel::loadFailed, this, [this](const QString &text) { showMessage(text, true); });

    if (m_runner) {
        connect(m_runButton, &QPushButton::clicked, this, [this] {
            showMessage({}, false);
            m_runner->run(connectionId());
        });
        connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_runner->cancel(connectionId()); });
        auto upsert = [this](const Job &job) {
            m_model->upsertJob(job);
            updateButtons();
        };
        connect(m_runner, &JobRunController::started, this, upsert);
        connect(m_runner, &JobRunController::updated, this, upsert);
        connect(m_runner, &JobRunController::finished, this, upsert);
        connect(m_runner, &JobRunController::cancelled, this, upsert);
        connect(m_runner, &JobRunController::alreadyRunning, this, [this](const QString &id, const QString &text) {
            if (id == connectionId())
                showMessage(text, false);
        });
        connect(m_runner, &JobRunController::failed, this, [this](const QString &id, const QString &text) {
            if (id == connectionId())
                showMessage(text, true);
            updateButtons();
        });
    }
    // Running jobs show their elapsed time; redraw that column while one is followed.
    auto *tick = new QTimer(this);
    tick->setInterval(ElapsedTickMs);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_runner && m_runner->isFollowing(connectionId()) && m_model->rowCount() > 0)
            Q_EMIT m_model->dataChanged(m_model->index(0, JobTableModel::DurationColumn),
                                        m_model->index(m_model->rowCount() - 1, JobTableModel::DurationColumn),
                                        {Qt::DisplayRole});
    });
    tick->start();
    updateButtons();
}

JobHistoryView::~JobHistoryView() = default;

void JobHistoryView::setConnectionId(const QString &connectionId)
{
    showMessage({}, false);
    m_model->setConnectionId(connectionId);
    updateButtons();
}

QString JobHistoryView::connectionId() const
{
    return m_model->connectionId();
}

void JobHistoryView::applyFilters()
{
    api::JobService::HistoryQuery query;
    if (const QVariant status = m_statusFilter->currentData(); status.isValid())
        query.status = JobStatus(status.toInt());
    if (const QVariant type = m_typeFilter->currentData(); type.isValid())
        query.type = JobType(type.toInt());
    if (m_fromCheck->isChecked())
        query.createdFrom = m_fromDate->date().startOfDay();
    if (m_toCheck->isChecked())
        query.createdTo = m_toDate->date().endOfDay();
    query.newestFirst = !m_oldestFirst->isChecked();
    showMessage({}, false);
    m_model->setQuery(query);
}

void JobHistoryView::refreshChart()
{
    m_chart->setJobs(m_model->jobs());
}

void JobHistoryView::updateButtons()
{
    const bool hasConnection = !connectionId().isEmpty();
    const bool following = m_runner && m_runner->isFollowing(connectionId());
    m_runButton->setEnabled(hasConnection && !following);
    m_cancelButton->setEnabled(following);
}

void JobHistoryView::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace airdesk::gui
