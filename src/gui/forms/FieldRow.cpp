#include "FieldRow.h"

#include "DescriptionText.h"
#include "FieldWidget.h"
#include "ObjectField.h"
#include "OneOfField.h"
#include "SchemaKeys.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

QLabel *smallLabel(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

FieldRow::FieldRow(const QString &key, FieldWidget *field, bool required, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_field(field)
    , m_required(required)
{
    const QJsonObject &schema = field->schema();
    const QString title = SchemaKeys::title(schema, key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(3);
    if (!field->showsOwnTitle()) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        label->setText(u"<b>"_s + title.toHtmlEscaped() + u"</b>"_s
                       + (required ? u" <span style=\"color:#c0392b\">*</span>"_s : QString()));
        label->setBuddy(field);
        layout->addWidget(label);
    }
    field->setParent(this);
    field->setAccessibleTitle(title);
    // A container's description introduces its fields; a single input's explains it.
    const bool container = qobject_cast<ObjectField *>(field) || qobject_cast<OneOfField *>(field);
    const QString description = schema.value(u"description"_s).toString().trimmed();
    if (!description.isEmpty() && container)
        layout->addWidget(smallLabel(DescriptionText::toHtml(description), this));
    layout->addWidget(field);
    if (!description.isEmpty() && !container)
        layout->addWidget(smallLabel(DescriptionText::toHtml(description), this));
    const QString descriptor = schema.value(u"pattern_descriptor"_s).toString();
    if (!descriptor.isEmpty())
        layout->addWidget(smallLabel(tr("Format: %1").arg(descriptor.toHtmlEscaped()), this));
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color:#c0392b"_s);
    m_error->setAccessibleName(tr("%1: problems").arg(title));
    m_error->hide();
    layout->addWidget(m_error);
    connect(field, &FieldWidget::edited, this, [this] { m_touched = true; });
}

int FieldRow::showIssues(const QList<spec::ValidationIssue> &issues, bool reveal)
{
    QList<spec::ValidationIssue> mine;
    for (const spec::ValidationIssue &issue : issues)
        if (SchemaKeys::isUnder(issue.path, m_field->path()))
            mine.append(issue);
    const int total = int(mine.size());
    const QList<spec::ValidationIssue> own = m_field->routeIssues(mine, reveal);
    QStringList lines;
    const QString descriptor = m_field->schema().value(u"pattern_descriptor"_s).toString();
    for (const spec::ValidationIssue &issue : own) {
        const bool missing = issue.message.endsWith(u"is missing but it is required"_s);
        if (missing && !reveal && !m_touched)
            continue;
        QString text = issue.message;
        if (text.startsWith(issue.path + u": "_s))
            text = text.mid(issue.path.size() + 2);
        if (missing)
            text = tr("Required.");
        else if (!descriptor.isEmpty() && text.contains(u"regex pattern"_s))
            text = tr("Must match the format %1.").arg(descriptor);
        else if (issue.path != m_field->path())
            text = QString(issue.path.mid(m_field->path().size()) + u": "_s + text);
        if (!lines.contains(text))
            lines.append(text);
    }
    m_error->setText(lines.join(u'\n'));
    m_error->setVisible(!lines.isEmpty());
    return total;
}

QString FieldRow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace airdesk::gui
