#include "gui/history/JobDetailView.h"

#include "api/services/JobService.h"
#include "gui/history/LogViewer.h"
#include "models/jobs/JobText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

using domain::Attempt;
using domain::JobInfo;

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString count(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : QString();
}

QString byteSize(const std::optional<qint64> &value)
{
    return value ? models::JobText::bytes(*value) : QString();
}

} // namespace

JobDetailView::JobDetailView(api::JobService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_summary(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_attempts(new QTableWidget(0, AttemptColumnCount, this))
    , m_logs(new LogViewer(this))
{
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setOpenExternalLinks(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_refresh->setObjectName(u"refreshToolButton"_s);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setEnabled(false);

    m_attempts->setObjectName(u"attemptTableWidget"_s);
    m_attempts->setHorizontalHeaderLabels(
        {tr("Attempt"), tr("Status"), tr("Created"), tr("Ended"), tr("Records"), tr("Bytes"), tr("Failure")});
    m_attempts->verticalHeader()->setVisible(false);
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attempts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->setWordWrap(false);
    m_logs->setObjectName(u"logViewer"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_attempts);
    splitter->addWidget(m_logs);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QToolButton::clicked, this, [this] { showJob(m_jobId); });
    connect(m_attempts, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row != m_logs->currentAttempt())
            m_logs->selectAttempt(row);
    });
    connect(m_logs->attemptPicker(), &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index != m_attempts->currentRow())
            m_attempts->selectRow(index);
    });
    fillSummary();
}

JobDetailView::~JobDetailView() = default;

void JobDetailView::setWebUrl(const QUrl &url)
{
    m_webUrl = url;
    fillSummary();
}

void JobDetailView::showJob(qint64 jobId)
{
    m_jobId = jobId;
    m_refresh->setEnabled(false);
    delete m_request;
    m_request = new QObject(this);
    QObject *request = m_request;
    m_summary->setText(tr("Loading job %1…").arg(jobId));
    m_logs->setStatusText(tr("Fetching the logs…"));
    m_service->jobInfo(jobId, request, [this, request](const JobInfo &info, const api::ApiError &error) {
        request->deleteLater();
        m_request = nullptr;
        m_refresh->setEnabled(true);
        if (error.isError()) {
            m_summary->setText(u"<b>%1</b><br>%2"_s.arg(tr("Job %1 could not be loaded.").arg(m_jobId).toHtmlEscaped(),
                                                         error.message().toHtmlEscaped()));
            m_logs->setStatusText(QString());
            Q_EMIT failed(error.message());
            return;
        }
        setJobInfo(info);
        Q_EMIT loaded(info);
    });
}

void JobDetailView::setJobInfo(const JobInfo &info)
{
    m_info = info;
    m_jobId = info.id;
    m_refresh->setEnabled(true);
    m_logs->setSuggestedFileName(u"job-%1.log"_s.arg(info.id));
    fillSummary();
    fillAttempts();
    m_logs->setAttempts(info.attempts);
}

void JobDetailView::fillSummary()
{
    if (m_info.id == 0) {
        m_summary->setText(tr("No job chosen."));
        return;
    }
    QStringList parts;
    parts << u"<b>%1</b>"_s.arg(tr("Job %1").arg(m_info.id).toHtmlEscaped());
    parts << m_info.configType.toHtmlEscaped();
    parts << u"<span style=\"color:%1\">%2</span>"_s.arg(models::JobText::statusColour(m_info.status).name(),
                                                         models::JobText::statusText(m_info.status).toHtmlEscaped());
    QStringList facts;
    facts << tr("Created %1").arg(when(m_info.createdAt));
    if (m_info.startedAt.isValid() && m_info.updatedAt.isValid() && domain::isFinal(m_info.status))
        facts << tr("took %1").arg(models::JobText::duration(m_info.startedAt.secsTo(m_info.updatedAt)));
    if (m_info.aggregatedStats) {
        if (m_info.aggregatedStats->recordsCommitted)
            facts << tr("%1 records").arg(count(m_info.aggregatedStats->recordsCommitted));
        if (m_info.aggregatedStats->bytesCommitted)
            facts << byteSize(m_info.aggregatedStats->bytesCommitted);
    }
    facts << (m_info.attempts.size() == 1 ? tr("1 attempt") : tr("%1 attempts").arg(m_info.attempts.size()));
    QString html = parts.join(u" · "_s) + u"<br>"_s + facts.join(u", "_s).toHtmlEscaped();
    if (m_webUrl.isValid())
        html += u"<br><a href=\"%1\">%2</a>"_s.arg(m_webUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                  tr("Open the job history in the Airbyte web app").toHtmlEscaped());
    m_summary->setText(html);
}

void JobDetailView::fillAttempts()
{
    const QSignalBlocker block(m_attempts);
    m_attempts->setRowCount(int(m_info.attempts.size()));
    for (int row = 0; row < int(m_info.attempts.size()); ++row) {
        const Attempt &a = m_info.attempts.at(row);
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_attempts->setItem(row, column, item);
            return item;
        };
        set(NumberColumn, QString::number(a.number + 1));
        QTableWidgetItem *status = set(StatusColumn, models::JobText::statusText(a.status));
        status->setIcon(models::JobText::statusIcon(a.status));
        status->setForeground(models::JobText::statusColour(a.status));
        set(CreatedColumn, when(a.createdAt));
        set(EndedColumn, a.endedAt.isValid() ? when(a.endedAt) : tr("running"));
        set(RecordsColumn, count(a.recordsSynced))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        set(BytesColumn, byteSize(a.bytesSynced))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QStringList failures = a.failureMessages();
        QTableWidgetItem *failure = set(FailureColumn, failures.join(u"; "_s));
        if (!failures.isEmpty()) {
            QStringList details;
            for (const Attempt::Failure &f : a.failures)
                details << u"%1 / %2: %3"_s.arg(f.origin, f.type, f.externalMessage.isEmpty() ? f.internalMessage
                                                                                         : f.externalMessage);
            failure->setToolTip(details.join(u'\n'));
        }
    }
    m_attempts->resizeColumnsToContents();
    if (!m_info.attempts.isEmpty())
        m_attempts->selectRow(int(m_info.attempts.size()) - 1);
}

} // namespace airdesk::gui
