#include "gui/history/RecentJobsView.h"

#include "models/jobs/FailuresFirstProxy.h"
#include "models/jobs/RecentJobsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

using domain::Job;
using domain::JobStatus;
using models::RecentJobsModel;

RecentJobsView::RecentJobsView(api::JobService *service, QWidget *parent)
    : QWidget(parent)
    , m_model(new RecentJobsModel(service, this))
    , m_proxy(new models::FailuresFirstProxy(this))
    , m_period(new QComboBox(this))
    , m_failuresOnly(new QCheckBox(tr("Failures only"), this))
    , m_refresh(new QToolButton(this))
    , m_tally(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_period->setObjectName(u"periodComboBox"_s);
    m_period->addItem(tr("Last 24 hours"), 24);
    m_period->addItem(tr("Last 7 days"), 24 * 7);
    m_period->addItem(tr("Last 30 days"), 24 * 30);
    m_failuresOnly->setObjectName(u"failuresOnlyCheckBox"_s);
    m_refresh->setObjectName(u"refreshToolButton"_s);
    m_refresh->setText(tr("Refresh"));
    m_tally->setObjectName(u"tallyLabel"_s);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"recentJobsTableView"_s);
    m_table->setAccessibleName(tr("Recent jobs"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setIconSize(QSize(16, 16));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RecentJobsModel::ConnectionColumn, 200);
    m_table->setColumnWidth(RecentJobsModel::StatusColumn, 120);
    m_table->setColumnWidth(RecentJobsModel::StartedColumn, 150);
    m_table->setWordWrap(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_failuresOnly);
    bar->addWidget(m_tally, 1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &RecentJobsView::refresh);
    connect(m_refresh, &QToolButton::clicked, this, &RecentJobsView::refresh);
    connect(m_failuresOnly, &QCheckBox::toggled, m_proxy, &models::FailuresFirstProxy::setFailuresOnly);
    connect(m_model, &RecentJobsModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_tally->setText(tr("Loading…"));
        else
            updateTally();
    });
    connect(m_model, &RecentJobsModel::loadFailed, this, [this](const QString &message) { m_tally->setText(message); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Job job = m_model->jobAt(m_proxy->mapToSource(index).row());
        Q_EMIT jobActivated(job.jobId, job.connectionId);
    });
}

RecentJobsView::~RecentJobsView() = default;

void RecentJobsView::refresh()
{
    const int hours = m_period->currentData().toInt();
    m_model->load(QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600));
}

void RecentJobsView::setConnectionNames(const QHash<QString, QString> &names)
{
    m_model->setConnectionNames(names);
}

void RecentJobsView::updateTally()
{
    int failed = 0;
    int running = 0;
    int succeeded = 0;
    for (const Job &job : m_model->jobs()) {
        if (job.isFailure() || job.status == JobStatus::Incomplete)
            ++failed;
        else if (job.status == JobStatus::Succeeded)
            ++succeeded;
        else
            ++running;
    }
    m_tally->setText(tr("%1 failed or cancelled, %2 running or waiting, %3 succeeded")
                         .arg(failed)
                         .arg(running)
                         .arg(succeeded));
}

} // namespace airdesk::gui
