#include "ConnectionSettingsPage.h"

#include "ScheduleField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ConnectionSettingsPage::ConnectionSettingsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
    , m_namespace(new QComboBox(this))
    , m_format(new QLineEdit(this))
    , m_schemaChanges(new QComboBox(this))
    , m_schedule(new ScheduleField(this))
    , m_enabled(new QCheckBox(tr("Enabled: run on the schedule"), this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Settings"));
    setSubTitle(tr("Name the connection and choose how and when it syncs."));
    auto *form = new QFormLayout(this);
    m_name->setAccessibleName(tr("Connection name"));
    m_prefix->setAccessibleName(tr("Table prefix"));
    m_prefix->setPlaceholderText(tr("e.g. stripe_"));
    m_namespace->setAccessibleName(tr("Destination namespace"));
    m_namespace->addItem(tr("Destination default"), u"destination"_s);
    m_namespace->addItem(tr("Mirror the source"), u"source"_s);
    m_namespace->addItem(tr("Custom format"), u"custom_format"_s);
    m_format->setAccessibleName(tr("Namespace format"));
    m_format->setPlaceholderText(u"${SOURCE_NAMESPACE}"_s);
    m_format->setEnabled(false);
    m_schemaChanges->setAccessibleName(tr("Non-breaking schema changes"));
    m_schemaChanges->addItem(tr("Propagate column changes only"), u"propagate_columns"_s);
    m_schemaChanges->addItem(tr("Propagate all changes (streams and columns)"), u"propagate_fully"_s);
    m_schemaChanges->addItem(tr("Ignore"), u"ignore"_s);
    m_schemaChanges->addItem(tr("Pause the connection"), u"disable_connection"_s);
    m_enabled->setChecked(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color:#c0392b"_s);
    m_error->hide();
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Table &prefix:"), m_prefix);
    form->addRow(tr("Destination name&space:"), m_namespace);
    form->addRow(tr("Namespace &format:"), m_format);
    form->addRow(tr("Non-breaking schema &changes:"), m_schemaChanges);
    form->addRow(tr("Schedule:"), m_schedule);
    form->addRow(QString(), m_enabled);
    form->addRow(m_error);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTyped = true;
        Q_EMIT completeChanged();
    });
    connect(m_namespace, &QComboBox::currentIndexChanged, this, [this] {
        m_format->setEnabled(m_namespace->currentData().toString() == u"custom_format");
        Q_EMIT completeChanged();
    });
    connect(m_format, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    for (QLineEdit *edit : {m_name, m_prefix, m_format})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionSettingsPage::edited);
    for (QComboBox *box : {m_namespace, m_schemaChanges})
        connect(box, &QComboBox::currentIndexChanged, this, &ConnectionSettingsPage::edited);
    connect(m_schedule, &ScheduleField::scheduleChanged, this, &ConnectionSettingsPage::edited);
    connect(m_enabled, &QCheckBox::toggled, this, &ConnectionSettingsPage::edited);
}

void ConnectionSettingsPage::restore(const api::ConnectionCreateRequest &request)
{
    if (!request.name.isEmpty()) {
        m_name->setText(request.name);
        m_nameTyped = true;
    }
    m_prefix->setText(request.prefix);
    if (const int i = m_namespace->findData(request.namespaceDefinition); i >= 0)
        m_namespace->setCurrentIndex(i);
    m_format->setText(request.namespaceFormat);
    if (const int i = m_schemaChanges->findData(request.nonBreakingSchemaUpdatesBehavior); i >= 0)
        m_schemaChanges->setCurrentIndex(i);
    m_schedule->setSchedule(request.schedule);
    m_enabled->setChecked(request.enabled);
    Q_EMIT completeChanged();
}

bool ConnectionSettingsPage::isComplete() const
{
    if (m_name->text().trimmed().isEmpty())
        return false;
    return m_namespace->currentData().toString() != u"custom_format" || !m_format->text().trimmed().isEmpty();
}

void ConnectionSettingsPage::fill(api::ConnectionCreateRequest &request) const
{
    request.name = m_name->text().trimmed();
    request.prefix = m_prefix->text();
    request.namespaceDefinition = m_namespace->currentData().toString();
    request.namespaceFormat = m_format->text().trimmed();
    request.nonBreakingSchemaUpdatesBehavior = m_schemaChanges->currentData().toString();
    request.schedule = m_schedule->schedule();
    request.enabled = m_enabled->isChecked();
}

void ConnectionSettingsPage::suggestName(const QString &name)
{
    if (!m_nameTyped) {
        m_name->setText(name);
        Q_EMIT completeChanged();
    }
}

void ConnectionSettingsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ConnectionSettingsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace airdesk::gui
