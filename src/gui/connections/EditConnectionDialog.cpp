#include "EditConnectionDialog.h"

#include "ScheduleField.h"
#include "StreamSelector.h"
#include "api/WorkspaceSession.h"
#include "api/services/ConnectionService.h"
#include "gui/connectors/DiscardChangesBox.h"
#include "gui/common/DialogGeometry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

EditConnectionDialog::EditConnectionDialog(api::WorkspaceSession *session, const domain::Connection &connection,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_connection(connection)
    , m_name(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Enabled: run on the schedule"), this))
    , m_schedule(new ScheduleField(this))
    , m_streams(new StreamSelector(false, this))
    , m_warning(new QLabel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Edit connection %1").arg(connection.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setAccessibleName(tr("Connection name"));
    m_prefix->setAccessibleName(tr("Table prefix"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Table &prefix:"), m_prefix);
    form->addRow(tr("Schedule:"), m_schedule);
    form->addRow(QString(), m_enabled);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Streams:"), this));
    layout->addWidget(m_streams, 1);
    m_warning->setWordWrap(true);
    m_warning->setText(tr("Changing the selection replaces the connection's catalog: streams left out are "
                          "de-selected and every stream goes back to its default sync mode."));
    m_warning->setStyleSheet(u"color:#9a6700"_s);
    m_warning->hide();
    layout->addWidget(m_warning);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditConnectionDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &EditConnectionDialog::save);
    connect(m_name, &QLineEdit::textChanged, this, &EditConnectionDialog::refresh);
    connect(m_prefix, &QLineEdit::textChanged, this, &EditConnectionDialog::refresh);
    connect(m_enabled, &QCheckBox::toggled, this, &EditConnectionDialog::refresh);
    connect(m_schedule, &ScheduleField::scheduleChanged, this, &EditConnectionDialog::refresh);
    connect(m_streams, &StreamSelector::selectionChanged, this, &EditConnectionDialog::refresh);
    resize(720, 620);
    QSettings settings;
    DialogGeometry::restore(this, settings, u"editConnection"_s);
    refresh();
    QTimer::singleShot(0, this, &EditConnectionDialog::load);
}

void EditConnectionDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color:#c0392b"_s : QString());
}

QString EditConnectionDialog::statusText() const
{
    return m_status->text();
}

void EditConnectionDialog::load()
{
    m_operation = new QObject(this);
    showStatus(tr("Loading…"), false);
    QObject *op = m_operation;
    m_session->connections().get(
        m_connection.connectionId, op, [this, op](const domain::Connection &c, const api::ApiError &error) {
            if (error.isError()) {
                op->deleteLater();
                m_operation = nullptr;
                showStatus(tr("Could not load the connection: %1").arg(error.message()), true);
                return;
            }
            m_connection = c;
            m_name->setText(c.name);
            m_prefix->setText(c.prefix);
            m_enabled->setChecked(c.isEnabled());
            m_schedule->setSchedule(c.schedule);
            m_session->connections().streams(
                c.sourceId, c.destinationId, op, [this, op](const QList<api::StreamInfo> &streams, const api::ApiError &e) {
                    op->deleteLater();
                    m_operation = nullptr;
                    if (e.isError()) {
                        showStatus(tr("Could not read the streams: %1").arg(e.message()), true);
                        return;
                    }
                    m_streams->setStreams(streams, m_connection.streamNames());
                    m_loaded = true;
                    showStatus(QString(), false);
                    refresh();
                });
        });
}

bool EditConnectionDialog::catalogWarningShown() const
{
    return !m_warning->isHidden();
}

bool EditConnectionDialog::hasUnsavedChanges() const
{
    if (!m_loaded)
        return false;
    QStringList selected = m_streams->selectedStreams();
    QStringList current = m_connection.streamNames();
    selected.sort();
    current.sort();
    return m_name->text().trimmed() != m_connection.name || m_prefix->text() != m_connection.prefix
           || m_enabled->isChecked() != m_connection.isEnabled() || selected != current
           || m_schedule->schedule().type != m_connection.schedule.type
           || m_schedule->schedule().cronExpression != m_connection.schedule.cronExpression;
}

void EditConnectionDialog::refresh()
{
    if (!m_loaded) {
        m_save->setEnabled(false);
        return;
    }
    QStringList selected = m_streams->selectedStreams();
    QStringList current = m_connection.streamNames();
    selected.sort();
    current.sort();
    m_warning->setVisible(selected != current);
    const bool valid = !m_name->text().trimmed().isEmpty() && !selected.isEmpty();
    m_save->setEnabled(valid && hasUnsavedChanges() && !m_operation);
    if (selected.isEmpty())
        showStatus(tr("Select at least one stream."), true);
    else if (m_status->text() == tr("Select at least one stream."))
        showStatus(QString(), false);
}

void EditConnectionDialog::save()
{
    const QString id = m_connection.connectionId;
    api::ConnectionService &service = m_session->connections();
    QList<Step> steps;
    auto patchStep = [this](const QString &what,
                            std::function<void(QObject *, api::ResultCallback<domain::Connection>)> call) {
        return Step([this, what, call](std::function<void()> next) {
            call(m_operation, [this, what, next](const domain::Connection &c, const api::ApiError &error) {
                if (error.isError()) {
                    m_operation->deleteLater();
                    m_operation = nullptr;
                    showStatus(tr("Could not change the %1: %2").arg(what, error.message()), true);
                    refresh();
                    return;
                }
                m_connection = c;
                next();
            });
        });
    };
    const QString name = m_name->text().trimmed();
    if (name != m_connection.name)
        steps.append(patchStep(tr("name"), [&service, id, name](QObject *ctx, auto cb) {
            service.rename(id, name, ctx, std::move(cb));
        }));
    const QString prefix = m_prefix->text();
    if (prefix != m_connection.prefix)
        steps.append(patchStep(tr("table prefix"), [&service, id, prefix](QObject *ctx, auto cb) {
            service.setPrefix(id, prefix, ctx, std::move(cb));
        }));
    QStringList selected = m_streams->selectedStreams();
    QStringList current = m_connection.streamNames();
    std::sort(selected.begin(), selected.end());
    std::sort(current.begin(), current.end());
    if (selected != current) {
        const QStringList streams = m_streams->selectedStreams();
        steps.append(patchStep(tr("streams"), [&service, id, streams](QObject *ctx, auto cb) {
            service.setSelectedStreams(id, streams, ctx, std::move(cb));
        }));
    }
    const domain::ConnectionSchedule schedule = m_schedule->schedule();
    if (schedule.type != m_connection.schedule.type || schedule.cronExpression != m_connection.schedule.cronExpression)
        steps.append(patchStep(tr("schedule"), [&service, id, schedule](QObject *ctx, auto cb) {
            if (schedule.type == domain::ConnectionSchedule::Type::Cron)
                service.setCronSchedule(id, schedule.cronExpression, ctx, std::move(cb));
            else
                service.setManualSchedule(id, ctx, std::move(cb));
        }));
    const bool enabled = m_enabled->isChecked();
    if (enabled != m_connection.isEnabled())
        steps.append(patchStep(tr("state"), [&service, id, enabled](QObject *ctx, auto cb) {
            service.setEnabled(id, enabled, ctx, std::move(cb));
        }));
    m_operation = new QObject(this);
    showStatus(tr("Saving…"), false);
    refresh();
    runSteps(steps);
}

void EditConnectionDialog::runSteps(QList<Step> steps)
{
    if (steps.isEmpty()) {
        if (m_operation)
            m_operation->deleteLater();
        m_operation = nullptr;
        showStatus(QString(), false);
        Q_EMIT updated(m_connection);
        m_closing = true;
        accept();
        return;
    }
    const Step step = steps.takeFirst();
    step([this, steps] { runSteps(steps); });
}

void EditConnectionDialog::reject()
{
    if (m_closing || !hasUnsavedChanges()) {
        delete m_operation;
        QDialog::reject();
        return;
    }
    askToDiscardChanges(this, [this] {
        m_closing = true;
        reject();
    });
}

void EditConnectionDialog::done(int result)
{
    QSettings settings;
    DialogGeometry::save(this, settings, u"editConnection"_s);
    QDialog::done(result);
}

} // namespace airdesk::gui
