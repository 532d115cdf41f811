#include "NumberField.h"

#include "SchemaKeys.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

NumberField::NumberField(const QJsonObject &schema, const QString &path, bool integer, QWidget *parent)
    : FieldWidget(schema, path, parent)
    , m_integer(integer)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_line = new QLineEdit(this);
    m_line->setMaximumWidth(260);
    m_line->setReadOnly(SchemaKeys::isReadOnly(schema));
    const QString pattern = integer ? u"^-?\\d*$"_s : u"^-?\\d*\\.?\\d*([eE][-+]?\\d*)?$"_s;
    m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), m_line));
    QString placeholder = SchemaKeys::placeholder(schema);
    if (placeholder.isEmpty() && schema.contains(u"default"_s))
        placeholder = SchemaKeys::displayText(schema.value(u"default"_s));
    m_line->setPlaceholderText(placeholder);
    layout->addWidget(m_line, 0, Qt::AlignLeft);
    setFocusProxy(m_line);
    connect(m_line, &QLineEdit::textEdited, this, &FieldWidget::edited);
    setValue(schema.value(u"default"_s));
}

std::optional<double> NumberField::parsed() const
{
    bool ok = false;
    const double d = m_line->text().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

QJsonValue NumberField::value() const
{
    if (m_line->text().trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const auto d = parsed();
    if (!d)
        return m_line->text().trimmed(); // the validator then reports the wrong type
    if (std::trunc(*d) == *d && std::abs(*d) < 9.0e15)
        return QJsonValue(qint64(*d));
    return *d;
}

void NumberField::setValue(const QJsonValue &value)
{
    m_line->setText(SchemaKeys::displayText(value));
}

QList<spec::ValidationIssue> NumberField::localIssues() const
{
    if (m_line->text().trimmed().isEmpty() || parsed())
        return {};
    return {{path(), QString(path() + u": "_s + tr("Enter a number."))}};
}

void NumberField::setAccessibleTitle(const QString &title)
{
    m_line->setAccessibleName(title);
}

} // namespace airdesk::gui
