#include "ScheduleDialog.h"

#include "ScheduleApplier.h"
#include "core/cron/AirbyteCronRules.h"
#include "core/cron/CronDescription.h"
#include "core/cron/CronExpression.h"
#include "gui/common/DialogGeometry.h"
#include "schedule/ui_ScheduleDialog.h" // AUTOUIC finds ui/schedule/ScheduleDialog.ui through this path

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

const QString GeometryName = u"ScheduleDialog"_s;
constexpr int PreviewCount = 10;
constexpr int FieldCount = 7;

struct Choice
{
    const char *label;
    const char *expression;
};

// "Every N" choices, as Quartz; the web app's basic frequencies plus the sub-hour ones.
const Choice Presets[] = {
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every 15 minutes"), "0 0/15 * * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every 30 minutes"), "0 0/30 * * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every hour"), "0 0 * * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every 2 hours"), "0 0 0/2 * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every 3 hours"), "0 0 0/3 * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every 6 hours"), "0 0 0/6 * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every 8 hours"), "0 0 0/8 * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every 12 hours"), "0 0 0/12 * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every 24 hours"), "0 0 0 * * ?"},
};

const Choice Patterns[] = {
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every day at 12:00"), "0 0 12 * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every weekday at 08:00"), "0 0 8 ? * MON-FRI"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every Monday at 09:00"), "0 0 9 ? * MON"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Every hour at half past"), "0 30 * * * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "First day of the month at 00:00"), "0 0 0 1 * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Last day of the month at 18:00"), "0 0 18 L * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Last weekday of the month at 17:00"), "0 0 17 LW * ?"},
    {QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Third Friday of the month at 00:00"), "0 0 0 ? * 6#3"},
};

const char *const FieldNames[] = {
    QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Seconds"),
    QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Minutes"),
    QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Hours"),
    QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Day of month"),
    QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Month"),
    QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Day of week"),
    QT_TRANSLATE_NOOP("airdesk::gui::ScheduleDialog", "Year"),
};

QStringList splitFields(const QString &text)
{
    static const QRegularExpression whitespace(u"[ \\t]+"_s);
    return text.split(whitespace, Qt::SkipEmptyParts);
}

/// Which field Quartz objects to: each field is tried alone inside an otherwise valid
/// expression; when each is fine alone, the problem is how they combine.
int locateProblem(const QStringList &tokens)
{
    enum { Sec, Min, Hour, Dom, Mon, Dow, Year };
    if (tokens.size() < 6)
        return int(tokens.size());
    for (int i = 0; i < std::min<int>(FieldCount, int(tokens.size())); ++i) {
        QStringList probe{u"0"_s, u"0"_s, u"0"_s, u"*"_s, u"*"_s, u"?"_s};
        const QString &token = tokens.at(i);
        if (i == Dow) {
            probe[Dom] = token == u"?"_s ? u"*"_s : u"?"_s;
            probe[Dow] = token;
        } else if (i == Dom) {
            probe[Dom] = token;
            if (token == u"?"_s)
                probe[Dow] = u"*"_s;
        } else if (i == Year) {
            probe.append(token);
        } else {
            probe[i] = token;
        }
        if (!cron::CronExpression::parse(probe.join(u' ')).isValid())
            return i;
    }
    return tokens.at(Dom) == tokens.at(Dow) || (tokens.at(Dom) != u"?"_s && tokens.at(Dow) != u"?"_s)
               ? Dow
               : ScheduleDialog::WholeExpression;
}

bool isPlainInteger(const QString &field)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    return digits.match(field).hasMatch();
}

} // namespace

ScheduleDialog::ScheduleDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScheduleDialog>())
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{
    m_ui->setupUi(this);
    m_fieldEdits = {m_ui->secondsLineEdit,    m_ui->minutesLineEdit, m_ui->hoursLineEdit, m_ui->dayOfMonthLineEdit,
                    m_ui->monthLineEdit,      m_ui->dayOfWeekLineEdit, m_ui->yearLineEdit};
    m_ui->nextRunsTableWidget->setAccessibleDescription(tr("When the server will run this schedule"));
    m_ui->nextRunsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_ui->intervalWarningLabel->setStyleSheet(u"color: #8a5300;"_s);
    m_ui->applyStatusLabel->hide();
    fillPresets();
    fillPatterns();
    fillTimeZones();

    for (QLineEdit *edit : std::as_const(m_fieldEdits))
        connect(edit, &QLineEdit::textEdited, this, &ScheduleDialog::builderEdited);
    connect(m_ui->expressionLineEdit, &QLineEdit::textChanged, this, &ScheduleDialog::expressionEdited);
    connect(m_ui->patternComboBox, &QComboBox::activated, this, [this](int index) {
        const QString expression = m_ui->patternComboBox->itemData(index).toString();
        if (!expression.isEmpty())
            m_ui->expressionLineEdit->setText(expression);
    });
    connect(m_ui->presetComboBox, &QComboBox::currentIndexChanged, this, &ScheduleDialog::validate);
    connect(m_ui->timeZoneComboBox, &QComboBox::currentIndexChanged, this, &ScheduleDialog::validate);
    for (QRadioButton *radio : {m_ui->manualRadioButton, m_ui->presetRadioButton, m_ui->cronRadioButton})
        connect(radio, &QRadioButton::toggled, this, &ScheduleDialog::updateMode);
    connect(m_ui->unixFixPushButton, &QPushButton::clicked, this, [this] {
        const QString quartz = cron::AirbyteCronRules::quartzEquivalentOfUnix(expression());
        if (!quartz.isEmpty())
            m_ui->expressionLineEdit->setText(quartz);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ScheduleDialog::reject);

    DialogGeometry::restore(this, *m_settings, GeometryName);
    setExpression(u"0 0 12 * * ?"_s); // the web app's default
    updateMode();
}

ScheduleDialog::~ScheduleDialog() = default;

void ScheduleDialog::fillPresets()
{
    for (const Choice &preset : Presets)
        m_ui->presetComboBox->addItem(tr(preset.label), QString::fromLatin1(preset.expression));
    m_ui->presetComboBox->setCurrentIndex(int(std::size(Presets)) - 1);
}

void ScheduleDialog::fillPatterns()
{
    m_ui->patternComboBox->addItem(tr("Choose a pattern…"));
    for (const Choice &pattern : Patterns)
        m_ui->patternComboBox->addItem(tr(pattern.label) + u"  —  "_s + QLatin1StringView(pattern.expression),
                                       QString::fromLatin1(pattern.expression));
}

void ScheduleDialog::fillTimeZones()
{
    // IANA region/city names plus UTC; the Etc/ aliases and legacy abbreviations only clutter.
    QByteArray system = QTimeZone::systemTimeZoneId();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if ((id.contains('/') && !id.startsWith("Etc/")) || id == "UTC")
            m_ui->timeZoneComboBox->addItem(QString::fromUtf8(id), id);
    }
    if (system.isEmpty())
        system = "UTC";
    if (m_ui->timeZoneComboBox->findData(system) < 0)
        m_ui->timeZoneComboBox->insertItem(0, QString::fromUtf8(system), system);
    m_ui->timeZoneComboBox->setCurrentIndex(m_ui->timeZoneComboBox->findData(system));
}

void ScheduleDialog::setSchedule(const domain::ConnectionSchedule &schedule)
{
    if (schedule.type == domain::ConnectionSchedule::Type::Manual) {
        setMode(Mode::Manual);
        return;
    }
    const QString expression = schedule.cronExpression.isEmpty()
                                   ? cron::AirbyteCronRules::stripUtcSuffix(schedule.cronExpressionRaw).trimmed()
                                   : schedule.cronExpression;
    if (schedule.type != domain::ConnectionSchedule::Type::Cron || expression.isEmpty()) {
        setMode(Mode::Cron); // a basic (web app) schedule cannot be written back: start from the default
        return;
    }
    const int preset = m_ui->presetComboBox->findData(expression);
    if (preset >= 0) {
        m_ui->presetComboBox->setCurrentIndex(preset);
        setMode(Mode::Preset);
    } else {
        setExpression(expression);
        setMode(Mode::Cron);
    }
}

domain::ConnectionSchedule ScheduleDialog::schedule() const
{
    return mode() == Mode::Manual ? domain::ConnectionSchedule::manual()
                                  : domain::ConnectionSchedule::cron(expression());
}

ScheduleDialog::Mode ScheduleDialog::mode() const
{
    if (m_ui->manualRadioButton->isChecked())
        return Mode::Manual;
    return m_ui->presetRadioButton->isChecked() ? Mode::Preset : Mode::Cron;
}

void ScheduleDialog::setMode(Mode mode)
{
    QRadioButton *radio = mode == Mode::Manual   ? m_ui->manualRadioButton
                          : mode == Mode::Preset ? m_ui->presetRadioButton
                                                 : m_ui->cronRadioButton;
    radio->setChecked(true);
    updateMode();
}

QString ScheduleDialog::expression() const
{
    switch (mode()) {
    case Mode::Manual:
        return {};
    case Mode::Preset:
        return m_ui->presetComboBox->currentData().toString();
    case Mode::Cron:
        break;
    }
    return cron::AirbyteCronRules::stripUtcSuffix(m_ui->expressionLineEdit->text().trimmed()).trimmed();
}

void ScheduleDialog::setExpression(const QString &expression)
{
    m_ui->expressionLineEdit->setText(expression);
}

void ScheduleDialog::setMinimumIntervalMinutes(int minutes)
{
    m_minimumIntervalMinutes = std::max(0, minutes);
    validate();
}

void ScheduleDialog::setNow(const QDateTime &now)
{
    m_now = now;
    validate();
}

QDateTime ScheduleDialog::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void ScheduleDialog::setDisplayTimeZone(const QByteArray &ianaId)
{
    int index = m_ui->timeZoneComboBox->findData(ianaId);
    if (index < 0 && QTimeZone(ianaId).isValid()) {
        m_ui->timeZoneComboBox->addItem(QString::fromUtf8(ianaId), ianaId);
        index = m_ui->timeZoneComboBox->count() - 1;
    }
    if (index >= 0)
        m_ui->timeZoneComboBox->setCurrentIndex(index);
}

QByteArray ScheduleDialog::displayTimeZone() const
{
    return m_ui->timeZoneComboBox->currentData().toByteArray();
}

bool ScheduleDialog::intervalWarningShown() const
{
    return !m_ui->intervalWarningLabel->isHidden();
}

QLineEdit *ScheduleDialog::fieldEdit(int field) const
{
    return m_fieldEdits.value(field);
}

void ScheduleDialog::setApplier(ScheduleApplier *applier, const QString &connectionId)
{
    m_applier = applier;
    m_connectionId = connectionId;
    if (!applier)
        return;
    connect(applier, &ScheduleApplier::applied, this, [this] {
        setBusy(false);
        QDialog::accept();
    });
    connect(applier, &ScheduleApplier::failed, this, [this](const QString &message) {
        setBusy(false);
        m_ui->applyStatusLabel->setText(tr("The server refused this schedule: %1").arg(message));
        m_ui->applyStatusLabel->setStyleSheet(u"color: #b3261e;"_s);
        m_ui->applyStatusLabel->show();
    });
}

void ScheduleDialog::builderEdited()
{
    if (m_syncing)
        return;
    QStringList fields;
    for (int i = 0; i < FieldCount; ++i) {
        const QString text = m_fieldEdits.at(i)->text().trimmed();
        if (i < FieldCount - 1 || !text.isEmpty())
            fields.append(text.isEmpty() ? QString() : text);
    }
    m_syncing = true;
    // An empty field stays empty in the expression too, so the error points at it.
    m_ui->expressionLineEdit->setText(fields.join(u' ').simplified());
    m_syncing = false;
    m_ui->patternComboBox->setCurrentIndex(0);
    validate();
}

void ScheduleDialog::expressionEdited()
{
    if (!m_syncing) {
        const QStringList tokens = splitFields(cron::AirbyteCronRules::stripUtcSuffix(m_ui->expressionLineEdit->text()));
        m_syncing = true;
        for (int i = 0; i < FieldCount; ++i)
            m_fieldEdits.at(i)->setText(tokens.value(i));
        m_syncing = false;
        const int pattern = m_ui->patternComboBox->findData(tokens.join(u' '));
        m_ui->patternComboBox->setCurrentIndex(std::max(0, pattern));
    }
    validate();
}

void ScheduleDialog::updateMode()
{
    const Mode current = mode();
    m_ui->presetComboBox->setEnabled(current == Mode::Preset);
    m_ui->cronGroupBox->setEnabled(current == Mode::Cron);
    m_ui->previewGroupBox->setEnabled(current != Mode::Manual);
    validate();
}

void ScheduleDialog::showProblem(int field, const QString &message)
{
    m_invalidField = field;
    m_problem = message;
    for (int i = 0; i < FieldCount; ++i) {
        QLineEdit *edit = m_fieldEdits.at(i);
        const bool bad = i == field;
        edit->setStyleSheet(bad ? u"QLineEdit { border: 2px solid #b3261e; }"_s : QString());
        edit->setAccessibleDescription(bad ? message : QString());
    }
    const bool whole = field == WholeExpression;
    m_ui->expressionLineEdit->setStyleSheet(whole ? u"QLineEdit { border: 2px solid #b3261e; }"_s : QString());
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    if (field >= 0 && field < FieldCount && m_ui->cronGroupBox->isEnabled())
        m_ui->errorLabel->setBuddy(m_fieldEdits.at(field));
}

void ScheduleDialog::validate()
{
    if (m_syncing)
        return;
    const Mode current = mode();
    const QString text = expression();
    showProblem(-1, {});
    m_ui->unixFixLabel->hide();
    m_ui->unixFixPushButton->hide();
    m_ui->intervalWarningLabel->hide();
    m_ui->descriptionLabel->clear();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);

    if (current == Mode::Manual) {
        m_ui->descriptionLabel->setText(tr("The connection syncs only when you run it."));
        updatePreview({});
        ok->setEnabled(true);
        return;
    }
    const cron::CronExpression cron = cron::CronExpression::parse(text);
    if (text.isEmpty()) {
        showProblem(WholeExpression, tr("Enter a Quartz cron expression, for example 0 0 12 * * ?"));
    } else if (!cron.isValid()) {
        const QStringList tokens = splitFields(text);
        int field = locateProblem(tokens);
        for (int i = 0; i < FieldCount - 1; ++i) {
            if (m_fieldEdits.at(i)->text().trimmed().isEmpty()) {
                field = i; // an empty builder field shifts the others: point at the gap itself
                break;
            }
        }
        const QString where = field >= 0 && field < FieldCount ? tr(FieldNames[field]) : tr("Expression");
        showProblem(field, tr("%1: %2").arg(where, cron.errorMessage()));
        const QString quartz = cron::AirbyteCronRules::quartzEquivalentOfUnix(text);
        if (!quartz.isEmpty()) {
            m_ui->unixFixLabel->setText(
                tr("This looks like a 5-field Unix cron. Airbyte uses Quartz (seconds first); the same schedule is %1")
                    .arg(quartz));
            m_ui->unixFixLabel->show();
            m_ui->unixFixPushButton->show();
        }
    } else {
        const cron::CronCheck check =
            cron::AirbyteCronRules::checkForPublicApi(text, m_minimumIntervalMinutes, now());
        if (!check.ok && check.problemType.contains(u"under-one-hour"_s)) {
            // The plan may differ from what the profile says, so this warns rather than blocks.
            m_ui->intervalWarningLabel->setText(
                tr("Warning: this schedule runs more often than your plan allows (%1). The server will refuse it.")
                    .arg(check.validationErrorMessage));
            m_ui->intervalWarningLabel->show();
        } else if (!check.ok) {
            const int field = isPlainInteger(cron.field(0)) ? 1 : 0;
            showProblem(field, tr("%1: Airbyte needs a plain number here (%2)").arg(tr(FieldNames[field]), check.detail));
        }
        m_ui->descriptionLabel->setText(cron::CronDescription::describe(cron) + tr(" (UTC)"));
    }
    updatePreview(m_invalidField < 0 ? text : QString());
    ok->setEnabled(m_invalidField < 0);
}

void ScheduleDialog::updatePreview(const QString &text)
{
    QTableWidget *table = m_ui->nextRunsTableWidget;
    const QByteArray zoneId = displayTimeZone();
    const QTimeZone zone(zoneId);
    table->setHorizontalHeaderLabels({QString::fromUtf8(zoneId), tr("UTC")});
    table->setRowCount(0);
    m_ui->utcNoteLabel->setText(
        tr("The Airbyte public API stores every cron schedule in UTC, so the server runs it at the UTC times; "
           "the first column shows them in %1.")
            .arg(QString::fromUtf8(zoneId)));
    if (text.isEmpty())
        return;
    const cron::CronExpression cron = cron::CronExpression::parse(text);
    const QList<QDateTime> times = cron.nextFireTimes(now(), QTimeZone::utc(), PreviewCount);
    table->setRowCount(int(times.size()));
    for (int row = 0; row < int(times.size()); ++row) {
        const QDateTime utc = times.at(row).toUTC();
        const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        table->setItem(row, 0, new QTableWidgetItem(QLocale().toString(local, u"ddd yyyy-MM-dd HH:mm:ss t"_s)));
        table->setItem(row, 1, new QTableWidgetItem(QLocale().toString(utc, u"ddd yyyy-MM-dd HH:mm:ss"_s)));
    }
    if (times.isEmpty()) {
        table->setRowCount(1);
        table->setItem(0, 0, new QTableWidgetItem(tr("No further runs: the schedule has ended.")));
    }
}

void ScheduleDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy && m_invalidField < 0);
    m_ui->modeGroupBox->setEnabled(!busy);
    if (busy) {
        m_ui->applyStatusLabel->setStyleSheet(QString());
        m_ui->applyStatusLabel->setText(tr("Saving the schedule…"));
        m_ui->applyStatusLabel->show();
    }
}

void ScheduleDialog::accept()
{
    validate();
    if (m_invalidField >= 0)
        return;
    if (!m_applier) {
        QDialog::accept();
        return;
    }
    if (m_applier->isBusy())
        return;
    setBusy(true);
    m_applier->apply(m_connectionId, schedule());
}

void ScheduleDialog::done(int result)
{
    DialogGeometry::save(this, *m_settings, GeometryName);
    QDialog::done(result);
}

} // namespace airdesk::gui
