#include "ConnectorEditorPane.h"

#include "gui/common/DraftStore.h"
#include "core/json/JsonMerge.h"
#include "gui/forms/SpecForm.h"

#include <QFormLayout>
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
    , m_cancel(new QPushButton(tr("Cancel test"), this))
    , m_draftTimer(new QTimer(this))
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
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->hide();
    m_cancel->hide();
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_detailsButton);
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Details"));
    m_details->setMaximumHeight(120);
    m_details->hide();
    layout->addWidget(m_details);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &ConnectorEditorPane::writeDraft);
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
    m_cancel->show();
    m_status->setStyleSheet(QString());
    m_status->setText(text);
    m_detailsButton->hide();
    m_details->hide();
}

void ConnectorEditorPane::showMessage(const QString &text, bool error, const QString &details)
{
    m_progress->hide();
    m_cancel->hide();
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

QString ConnectorEditorPane::statusText() const
{
    return m_status->text();
}

QString ConnectorEditorPane::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace airdesk::gui
