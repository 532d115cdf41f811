#include "JsonField.h"

#include "SchemaKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

JsonField::JsonField(const QJsonObject &schema, const QString &path, QWidget *parent)
    : FieldWidget(schema, path, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // spare height goes elsewhere
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    m_edit->setPlaceholderText(SchemaKeys::type(schema) == u"array" ? u"[ ]"_s : u"{ }"_s);
    m_edit->setReadOnly(SchemaKeys::isReadOnly(schema));
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_edit->hasFocus())
            Q_EMIT edited();
    });
    setValue(schema.value(u"default"_s));
}

QJsonValue JsonField::parsed(bool *ok) const
{
    const QString text = m_edit->toPlainText().trimmed();
    *ok = true;
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // Wrapping lets scalars parse too.
    const QJsonDocument doc = QJsonDocument::fromJson(QString(u"[" + text + u"]").toUtf8());
    if (!doc.isArray() || doc.array().size() != 1) {
        *ok = false;
        return text;
    }
    return doc.array().first();
}

QJsonValue JsonField::value() const
{
    bool ok = false;
    return parsed(&ok);
}

void JsonField::setValue(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    else if (value.isString())
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    else
        text = SchemaKeys::displayText(value);
    m_edit->setPlainText(text);
}

QList<spec::ValidationIssue> JsonField::localIssues() const
{
    bool ok = false;
    parsed(&ok);
    if (ok)
        return {};
    return {{path(), QString(path() + u": "_s + tr("Not valid JSON."))}};
}

void JsonField::setAccessibleTitle(const QString &title)
{
    m_edit->setAccessibleName(title);
}

} // namespace airdesk::gui
