#include "ConnectorEditorPane.h"

#include "gui/common/DraftStore.h"
#include "core/json/JsonMerge.h"
#include "api/ApiError.h"
#include "api/services/CheckResult.h"
#include "gui/forms/SpecForm.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QSaveFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ConnectorEditorPane::ConnectorEditorPane(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_form(new SpecForm)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_saveLogs(new QPushButton(tr("Save &logs…"), this))
    , m_draftTimer(new QTimer(this))
    , m_busyTick(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *nameRow = new QFormLayout;
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("A name for this connector"));
    nameRow->addRow(tr("&Name:"), m_name);
    layout->addLayout(nameRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_form);
    innerLayout->addStretch();
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);

    auto *statusRow = new QHBoxLayout;
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(u"detailsButton"_s);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->hide();
    m_cancel->hide();
    m_saveLogs->setToolTip(tr("Writes the connection check's log to a text file."));
    m_saveLogs->hide();
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_detailsButton);
    statusRow->addWidget(m_saveLogs);
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details"));
    m_details->setMaximumHeight(180);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->hide();
    layout->addWidget(m_details);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &ConnectorEditorPane::writeDraft);
    m_busyTick->setInterval(1000);
    connect(m_busyTick, &QTimer::timeout, this, &ConnectorEditorPane::updateBusyText);
    connect(m_saveLogs, &QPushButton::clicked, this, &ConnectorEditorPane::chooseLogFile);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectorEditorPane::cancelRequested);
    connect(m_name, &QLineEdit::textEdited, this, &ConnectorEditorPane::contentChanged);
    connect(m_form, &SpecForm::edited, this, &ConnectorEditorPane::contentChanged);
    connect(m_form, &SpecForm::validityChanged, this, [this] { contentChanged(); });
}

ConnectorEditorPane::~ConnectorEditorPane()
{
    // A change made just before the window went away is still kept.
    if (m_draftTimer->isActive())
        writeDraft();
}

bool ConnectorEditorPane::setSpecification(const QJsonObject &spec)
{
    QString error;
    m_hasSpec = m_form->setSpecification(spec, &error);
    if (!m_hasSpec)
        showMessage(tr("This connector's specification cannot be used: %1").arg(error), true);
    m_savedConfig = m_form->value();
    contentChanged();
    return m_hasSpec;
}

void ConnectorEditorPane::setSaved(const QString &name, const QJsonObject &config)
{
    m_name->setText(name);
    m_form->setValue(config);
    markSaved();
}

void ConnectorEditorPane::markSaved()
{
    m_savedName = m_name->text();
    m_savedConfig = m_form->value();
    m_form->markSaved();
    m_draftTimer->stop();
}

bool ConnectorEditorPane::hasUnsavedChanges() const
{
    return m_name->text() != m_savedName || (m_hasSpec && m_form->value() != m_savedConfig);
}

bool ConnectorEditorPane::isComplete() const
{
    return m_hasSpec && !m_name->text().trimmed().isEmpty() && m_form->isValid();
}

void ConnectorEditorPane::contentChanged()
{
    if (m_drafts && hasUnsavedChanges())
        m_draftTimer->start();
    const bool complete = isComplete();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged(complete);
    }
}

void ConnectorEditorPane::setDraft(const DraftStore *drafts, const QString &key)
{
    m_drafts = drafts;
    m_draftKey = key;
}

bool ConnectorEditorPane::restoreDraft()
{
    if (!m_drafts)
        return false;
    const auto draft = m_drafts->load(m_draftKey);
    if (!draft)
        return false;
    if (draft->contains(u"name"_s))
        m_name->setText(draft->value(u"name"_s).toString());
    if (m_hasSpec) {
        // Secrets are not in drafts: merging keeps the current (masked or empty) ones.
        const QJsonObject saved = m_savedConfig;
        m_form->setValue(json::deepMerge(m_form->value(), draft->value(u"config"_s).toObject()));
        m_savedConfig = saved;
    }
    showMessage(tr("Restored your unsaved draft. Secrets are never kept in drafts; enter them again."), false);
    contentChanged();
    return true;
}

void ConnectorEditorPane::writeDraft()
{
    m_draftTimer->stop();
    if (!m_drafts || !hasUnsavedChanges())
        return;
    QJsonObject draft{{u"name"_s, m_name->text()}};
    if (m_hasSpec)
        draft.insert(u"config"_s, m_form->valueWithoutSecrets());
    (void)m_drafts->save(m_draftKey, draft);
}

void ConnectorEditorPane::detachDraft()
{
    if (m_draftTimer->isActive())
        writeDraft();
    m_drafts = nullptr;
}

void ConnectorEditorPane::discardDraft()
{
    m_draftTimer->stop();
    if (m_drafts)
        m_drafts->remove(m_draftKey);
}

void ConnectorEditorPane::showBusy(const QString &text)
{
    m_progress->show();
    m_cancel->setText(tr("Cancel"));
    m_cancel->show();
    m_saveLogs->hide();
    m_status->setStyleSheet(QString());
    m_busyText = text;
    m_busyClock.start();
    m_busyTick->start();
    updateBusyText();
    m_detailsButton->hide();
    m_details->hide();
}

void ConnectorEditorPane::updateBusyText()
{
    if (m_busyText.isEmpty()) {
        m_status->clear();
        return;
    }
    const int seconds = int(m_busyClock.elapsed() / 1000);
    //: %1 is what is being done ("Testing the connection…"), %2 the seconds since it started
    m_status->setText(tr("%1 %2 s").arg(m_busyText).arg(seconds));
}

void ConnectorEditorPane::showMessage(const QString &text, bool error, const QString &details)
{
    m_busyTick->stop();
    m_progress->hide();
    m_cancel->hide();
    m_saveLogs->hide();
    m_checkLog.clear();
    m_status->setStyleSheet(error ? u"color:#c0392b"_s : QString());
    m_status->setText(text);
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_details->hide();
}

void ConnectorEditorPane::clearStatus()
{
    showMessage(QString(), false);
}

bool ConnectorEditorPane::isDetailsExpanded() const
{
    return m_detailsButton->isChecked();
}

bool ConnectorEditorPane::showCheckOutcome(const api::CheckResult &result, const api::ApiError &error,
                                           const QString &successText, const QString &failureHeadline)
{
    if (error.isError()) {
        showMessage(tr("The test could not run: %1").arg(error.message()), true, error.details());
        return false;
    }
    if (result.succeeded) {
        showMessage(successText, false);
        return true;
    }
    QStringList details;
    if (!result.message.isEmpty())
        details << result.message << QString();
    if (!result.failureOrigin.isEmpty() || !result.failureType.isEmpty())
        details << tr("Origin: %1, type: %2")
                       .arg(result.failureOrigin.isEmpty() ? tr("unknown") : result.failureOrigin,
                            result.failureType.isEmpty() ? tr("unknown") : result.failureType);
    if (!result.internalMessage.isEmpty())
        details << tr("Internal message: %1").arg(result.internalMessage);
    if (!result.stackTrace.isEmpty())
        details << QString() << tr("Stack trace:") << result.stackTrace;
    if (!result.logLines.isEmpty())
        details << QString() << tr("Log:") << result.logLines;
    const QString message = result.message.isEmpty() ? tr("The connector gave no reason.") : result.message;
    showMessage(QString(failureHeadline + u'\n' + message), true, details.join(u'\n').trimmed());
    m_checkLog = result.logLines;
    m_checkLogName = result.logFileName();
    m_saveLogs->setVisible(!m_checkLog.isEmpty());
    return false;
}

void ConnectorEditorPane::chooseLogFile()
{
    // Not exec(): the file dialog answers through a signal, like every dialog in the app.
    auto *dialog = new QFileDialog(this, tr("Save the check's log"), QDir::home().filePath(m_checkLogName),
                                   tr("Text files (*.txt);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { (void)saveCheckLog(path); });
    dialog->open();
}

bool ConnectorEditorPane::saveCheckLog(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        m_status->setText(tr("Could not save the log to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    file.write(QString(m_checkLog.join(u'\n') + u'\n').toUtf8());
    if (!file.commit()) {
        m_status->setText(tr("Could not save the log to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

QString ConnectorEditorPane::statusText() const
{
    return m_status->text();
}

QString ConnectorEditorPane::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace airdesk::gui
