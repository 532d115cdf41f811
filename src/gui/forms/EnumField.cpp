#include "EnumField.h"

#include "SchemaKeys.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

EnumField::EnumField(const QJsonObject &schema, const QString &path, bool required, QWidget *parent)
    : FieldWidget(schema, path, parent)
    , m_values(schema.value(u"enum"_s).toArray())
    , m_hasEmpty(!required || !schema.contains(u"default"_s))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    if (m_hasEmpty)
        m_combo->addItem(QString());
    for (const QJsonValue &v : std::as_const(m_values))
        m_combo->addItem(SchemaKeys::displayText(v));
    if (m_values.size() > LongList) {
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->lineEdit()->setPlaceholderText(tr("Type to search…"));
        m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_combo->completer()->setFilterMode(Qt::MatchContains);
        m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, &FieldWidget::edited);
    }
    m_combo->setEnabled(!SchemaKeys::isReadOnly(schema));
    layout->addWidget(m_combo, 0, Qt::AlignLeft);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::activated, this, &FieldWidget::edited);
    setValue(schema.value(u"default"_s));
}

QJsonValue EnumField::value() const
{
    const QString text = m_combo->currentText();
    for (const QJsonValue &v : m_values)
        if (SchemaKeys::displayText(v) == text)
            return v;
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return text; // typed but not an entry: the validator names the allowed values
}

void EnumField::setValue(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull()) {
        m_combo->setCurrentIndex(0);
        if (m_combo->isEditable() && m_hasEmpty)
            m_combo->setEditText(QString());
        return;
    }
    const int index = m_combo->findText(SchemaKeys::displayText(value), Qt::MatchExactly);
    if (index >= 0) {
        m_combo->setCurrentIndex(index);
    } else {
        // A stored value the spec no longer lists: keep it visible rather than losing it.
        m_combo->addItem(SchemaKeys::displayText(value));
        m_combo->setCurrentIndex(m_combo->count() - 1);
        m_values.append(value);
    }
}

QList<spec::ValidationIssue> EnumField::localIssues() const
{
    return {};
}

void EnumField::setAccessibleTitle(const QString &title)
{
    m_combo->setAccessibleName(title);
}

} // namespace airdesk::gui
