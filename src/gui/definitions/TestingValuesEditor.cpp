#include "TestingValuesEditor.h"

#include "core/json/JsonMerge.h"
#include "gui/common/DraftStore.h"
#include "gui/forms/SpecForm.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {
constexpr auto DraftValuesKey = "values";
}

TestingValuesEditor::TestingValuesEditor(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_noSpec(new QLabel(this))
    , m_draftNote(new QLabel(this))
    , m_draftTimer(new QTimer(this))
{
    m_scroll->setObjectName(u"valuesScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The form follows the width it is given; only a long form scrolls, and only vertically.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_noSpec->setObjectName(u"noSpecLabel"_s);
    m_noSpec->setWordWrap(true);
    m_noSpec->setTextFormat(Qt::PlainText);
    m_draftNote->setObjectName(u"draftLabel"_s);
    m_draftNote->setWordWrap(true);
    m_draftNote->setTextFormat(Qt::PlainText);
    m_draftNote->hide();
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &TestingValuesEditor::writeDraft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_draftNote);
    layout->addWidget(m_noSpec);
    layout->addWidget(m_scroll, 1);
    setSpec({});
}

TestingValuesEditor::~TestingValuesEditor() = default;

void TestingValuesEditor::setSpec(const QJsonObject &connectionSpecification)
{
    m_spec = connectionSpecification;
    auto *form = new SpecForm;
    form->setObjectName(u"valuesSpecForm"_s);
    QString why;
    if (!form->setSpecification(connectionSpecification, &why)) {
        delete form;
        form = nullptr;
    }
    delete m_scroll->takeWidget();
    m_form = form;
    m_specProblem = form ? QString() : why;
    if (form) {
        m_scroll->setWidget(form);
        connect(form, &SpecForm::validityChanged, this, &TestingValuesEditor::updateValidity);
        connect(form, &SpecForm::edited, this, [this] {
            if (m_drafts)
                m_draftTimer->start();
            Q_EMIT edited();
        });
    } else {
        m_noSpec->setText(tr("The manifest has no usable spec.connection_specification, so there is no form for "
                             "these values: %1 Add a connection specification to the manifest's spec first.")
                              .arg(why));
    }
    m_noSpec->setVisible(!form);
    m_scroll->setVisible(form != nullptr);
    updateValidity();
}

void TestingValuesEditor::setValue(const QJsonObject &values)
{
    if (!m_form)
        return;
    m_form->setValue(values);
    updateValidity();
}

QJsonObject TestingValuesEditor::value() const
{
    return m_form ? m_form->value() : QJsonObject();
}

QJsonObject TestingValuesEditor::valueWithoutSecrets() const
{
    return m_form ? m_form->valueWithoutSecrets() : QJsonObject();
}

QStringList TestingValuesEditor::problems() const
{
    if (!m_form)
        return {m_noSpec->text()};
    QStringList lines;
    for (const spec::ValidationIssue &issue : m_form->issues())
        lines.append(issue.message);
    return lines;
}

void TestingValuesEditor::validateNow()
{
    if (m_form)
        m_form->validateNow();
    updateValidity();
}

void TestingValuesEditor::updateValidity()
{
    const bool valid = m_form && m_form->isValid();
    if (valid == m_valid)
        return;
    m_valid = valid;
    Q_EMIT validityChanged(valid);
}

void TestingValuesEditor::setDraft(const DraftStore *store, const QString &key)
{
    m_draftTimer->stop();
    m_drafts = store;
    m_draftKey = key;
}

void TestingValuesEditor::setDraftDelay(int ms)
{
    m_draftTimer->setInterval(ms);
}

bool TestingValuesEditor::restoreDraft()
{
    if (!m_drafts || !m_form)
        return false;
    const std::optional<QJsonObject> draft = m_drafts->load(m_draftKey);
    if (!draft)
        return false;
    // Secrets are never in a draft: merging keeps whatever the secret inputs hold now.
    m_form->setValue(json::deepMerge(m_form->value(), draft->value(QLatin1StringView(DraftValuesKey)).toObject()));
    m_draftNote->setText(tr("Restored your unsaved values. Secrets are never kept in drafts; enter them again."));
    m_draftNote->show();
    updateValidity();
    return true;
}

void TestingValuesEditor::writeDraft()
{
    m_draftTimer->stop();
    if (!m_drafts || !m_form)
        return;
    (void)m_drafts->save(m_draftKey, QJsonObject{{QLatin1StringView(DraftValuesKey), m_form->valueWithoutSecrets()}});
}

void TestingValuesEditor::writeDraftIfPending()
{
    if (m_draftTimer->isActive())
        writeDraft();
}

void TestingValuesEditor::discardDraft()
{
    m_draftTimer->stop();
    if (m_drafts)
        m_drafts->remove(m_draftKey);
    m_draftNote->hide();
}

} // namespace airdesk::gui
