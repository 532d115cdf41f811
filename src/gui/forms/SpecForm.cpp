#include "SpecForm.h"

#include "FieldFactory.h"
#include "FieldRow.h"
#include "FieldWidget.h"
#include "ObjectField.h"
#include "SchemaKeys.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

SpecForm::SpecForm(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(u"color:#c0392b"_s);
    m_summary->setAccessibleName(tr("Form problems"));
    m_summary->hide();
    layout->addWidget(m_summary);
    layout->addStretch(1); // spare height below the fields, not between them
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &SpecForm::validateNow);
}

SpecForm::~SpecForm() = default;

bool SpecForm::setSpecification(const QJsonObject &spec, QString *error)
{
    QJsonObject schema = spec;
    if (spec.value(u"connectionSpecification"_s).isObject())
        schema = spec.value(u"connectionSpecification"_s).toObject();
    const QString type = SchemaKeys::type(schema);
    const bool objectLike = type == u"object" && (schema.value(u"properties"_s).isObject()
                                                  || schema.value(u"oneOf"_s).isArray()
                                                  || !schema.contains(u"properties"_s));
    if (!objectLike || schema.isEmpty()) {
        if (error)
            *error = schema.isEmpty() ? tr("The specification is empty.")
                                      : tr("The specification's root is a \"%1\", not an object with properties.")
                                            .arg(type);
        return false;
    }
    delete m_root;
    delete m_emptyNote;
    m_root = nullptr;
    m_emptyNote = nullptr;
    m_schema = schema;
    m_validator = std::make_unique<spec::ConfigValidator>(schema);
    if (schema.value(u"oneOf"_s).isArray())
        m_root = FieldFactory::create(schema, u"$"_s, QString(), true, 0, this);
    else
        m_root = new ObjectField(schema, u"$"_s, true, 0, QString(), this);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(0, m_root);
    m_root->show(); // children added to a form already on screen are not shown by themselves
    if (schema.value(u"properties"_s).toObject().isEmpty() && !schema.contains(u"oneOf"_s)) {
        auto *note = new QLabel(tr("This connector needs no configuration."), this);
        box->insertWidget(0, note);
        note->show();
        m_emptyNote = note;
    }
    connect(m_root, &FieldWidget::edited, this, [this] {
        m_touched = true;
        m_timer->start();
        Q_EMIT edited();
    });
    m_reveal = false;
    m_touched = false;
    m_baseline = value();
    validateNow();
    return true;
}

QJsonObject SpecForm::value() const
{
    return m_root ? m_root->value().toObject() : QJsonObject();
}

void SpecForm::setValue(const QJsonObject &config)
{
    if (!m_root)
        return;
    m_root->setValue(config);
    m_baseline = value();
    validateNow();
}

QJsonObject SpecForm::valueWithoutSecrets() const
{
    return m_root ? m_root->valueWithoutSecrets().toObject() : QJsonObject();
}

bool SpecForm::isModified() const
{
    return value() != m_baseline;
}

void SpecForm::markSaved()
{
    m_baseline = value();
}

void SpecForm::validateNow()
{
    m_timer->stop();
    if (!m_root)
        return;
    const bool wasValid = m_validated && m_issues.isEmpty();
    const QStringList masked = m_root->maskedSecretPaths();
    QList<spec::ValidationIssue> issues = m_root->localIssues();
    QStringList localPaths;
    for (const spec::ValidationIssue &issue : std::as_const(issues))
        localPaths.append(issue.path);
    for (const spec::ValidationIssue &issue : m_validator->validate(value())) {
        // An input that cannot even be read ("12x") has said so; its type error is noise.
        bool hidden = localPaths.contains(issue.path);
        for (const QString &p : masked)
            hidden = hidden || SchemaKeys::isUnder(issue.path, p);
        if (!hidden)
            issues.append(issue);
    }
    m_issues = issues;
    showIssues();
    const bool valid = m_issues.isEmpty();
    if (!m_validated || valid != wasValid) {
        m_validated = true;
        Q_EMIT validityChanged(valid);
    }
}

void SpecForm::revealAllIssues()
{
    m_reveal = true;
    validateNow();
}

void SpecForm::showIssues()
{
    const QList<spec::ValidationIssue> unclaimed = m_root->routeIssues(m_issues, m_reveal);
    if (m_issues.isEmpty()) {
        m_summary->hide();
        return;
    }
    bool onlyMissing = true;
    for (const spec::ValidationIssue &issue : std::as_const(m_issues))
        onlyMissing = onlyMissing && issue.message.endsWith(u"is missing but it is required"_s);
    if (onlyMissing && !m_reveal && !m_touched) {
        m_summary->hide();
        return;
    }
    QStringList lines{tr("%n problem(s) to fix before saving:", nullptr, int(m_issues.size()))};
    for (const spec::ValidationIssue &issue : std::as_const(m_issues))
        if (!lines.contains(QString(u"• "_s + issue.message)))
            lines.append(QString(u"• "_s + issue.message));
    Q_UNUSED(unclaimed);
    m_summary->setText(lines.join(u'\n'));
    m_summary->show();
}

QString SpecForm::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

FieldWidget *SpecForm::field(const QString &path) const
{
    return m_root ? m_root->find(path) : nullptr;
}

} // namespace airdesk::gui
