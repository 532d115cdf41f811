#include "TextField.h"

#include "DatePickerPopup.h"
#include "SchemaKeys.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QHBoxLayout>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

TextField::TextField(const QJsonObject &schema, const QString &path, QWidget *parent)
    : FieldWidget(schema, path, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QString placeholder = SchemaKeys::placeholder(schema);
    const QString format = schema.value(u"format"_s).toString();
    if (placeholder.isEmpty() && format == u"date")
        placeholder = u"YYYY-MM-DD"_s;
    else if (placeholder.isEmpty() && format == u"date-time")
        placeholder = u"YYYY-MM-DDTHH:mm:ssZ"_s;
    if (schema.value(u"multiline"_s).toBool()) {
        m_area = new QPlainTextEdit(this);
        m_area->setPlaceholderText(placeholder);
        m_area->setTabChangesFocus(true);
        m_area->setFixedHeight(m_area->fontMetrics().lineSpacing() * 5 + 12);
        m_area->setReadOnly(SchemaKeys::isReadOnly(schema));
        layout->addWidget(m_area);
        connect(m_area, &QPlainTextEdit::textChanged, this, [this] {
            if (m_area->hasFocus() || m_area->document()->isModified())
                Q_EMIT edited();
        });
    } else {
        m_line = new QLineEdit(this);
        m_line->setPlaceholderText(placeholder);
        m_line->setReadOnly(SchemaKeys::isReadOnly(schema));
        connect(m_line, &QLineEdit::textEdited, this, &FieldWidget::edited);
        m_dateFormat = spec::DateFieldFormat::forSchema(schema);
        if (m_dateFormat.isDate() && !m_line->isReadOnly()) {
            if (m_line->placeholderText().isEmpty())
                m_line->setPlaceholderText(m_dateFormat.format(QDateTime(QDate(2024, 1, 31), QTime(0, 0), QTimeZone::utc())));
            auto *row = new QHBoxLayout;
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(m_line, 1);
            m_calendarButton = new QToolButton(this);
            m_calendarButton->setText(tr("Calendar"));
            m_calendarButton->setToolTip(m_dateFormat.hasTime() ? tr("Pick a date and time (UTC)")
                                                                : tr("Pick a date"));
            m_calendarButton->setAccessibleName(m_calendarButton->toolTip());
            row->addWidget(m_calendarButton);
            layout->addLayout(row);
            connect(m_calendarButton, &QToolButton::clicked, this, &TextField::openCalendar);
        } else {
            layout->addWidget(m_line);
        }
    }
    setFocusProxy(m_line ? static_cast<QWidget *>(m_line) : m_area);
    setValue(schema.value(u"default"_s));
}

QString TextField::text() const
{
    return m_line ? m_line->text() : m_area->toPlainText();
}

QJsonValue TextField::value() const
{
    const QString t = m_line ? m_line->text().trimmed() : m_area->toPlainText();
    if (t.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return t;
}

void TextField::setValue(const QJsonValue &value)
{
    const QString t = SchemaKeys::displayText(value);
    if (m_line) {
        m_line->setText(t);
    } else {
        m_area->setPlainText(t);
        m_area->document()->setModified(false);
    }
}

QList<spec::ValidationIssue> TextField::localIssues() const
{
    const QString problem = SchemaKeys::formatProblem(schema().value(u"format"_s).toString(), value().toString());
    if (problem.isEmpty())
        return {};
    return {{path(), QString(path() + u": "_s + problem)}};
}

void TextField::openCalendar()
{
    if (!m_popup) {
        m_popup = new DatePickerPopup(m_dateFormat.hasTime(), this);
        connect(m_popup, &DatePickerPopup::picked, this, [this](const QDateTime &moment) {
            m_line->setText(m_dateFormat.format(moment));
            m_line->setFocus();
            Q_EMIT edited();
        });
    }
    m_popup->popUp(m_line, m_dateFormat.parse(m_line->text()).value_or(QDateTime()));
}

void TextField::setAccessibleTitle(const QString &title)
{
    if (m_line)
        m_line->setAccessibleName(title);
    else
        m_area->setAccessibleName(title);
}

} // namespace airdesk::gui
