#include "SecretField.h"

#include "SchemaKeys.h"
#include "core/spec/SecretFields.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

SecretField::SecretField(const QJsonObject &schema, const QString &path, QWidget *parent)
    : FieldWidget(schema, path, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_line = new QLineEdit(this);
    m_line->setEchoMode(QLineEdit::Password);
    m_line->setPlaceholderText(SchemaKeys::placeholder(schema));
    m_line->setReadOnly(SchemaKeys::isReadOnly(schema));
    layout->addWidget(m_line, 1, Qt::AlignTop);
    if (schema.value(u"multiline"_s).toBool()) {
        m_area = new QPlainTextEdit(this);
        m_area->setTabChangesFocus(true);
        m_area->setFixedHeight(m_area->fontMetrics().lineSpacing() * 5 + 12);
        m_area->hide();
        layout->addWidget(m_area, 1);
        // Lines cannot hold a key file's line breaks; masked, the text is edited after reveal.
        m_line->setReadOnly(true);
        connect(m_area, &QPlainTextEdit::textChanged, this, [this] {
            if (m_area->isVisible() && m_area->hasFocus())
                userEdited();
        });
    }
    m_reveal = new QToolButton(this);
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the secret"));
    layout->addWidget(m_reveal, 0, Qt::AlignTop);
    connect(m_reveal, &QToolButton::toggled, this, &SecretField::setRevealed);
    connect(m_line, &QLineEdit::textEdited, this, &SecretField::userEdited);
    setFocusProxy(m_line);
}

void SecretField::userEdited()
{
    if (m_masked) {
        m_masked = false;
        m_line->setPlaceholderText(SchemaKeys::placeholder(schema()));
    }
    if (m_area && m_area->isVisible()) {
        const QSignalBlocker block(m_line);
        m_line->setText(m_area->toPlainText());
    }
    Q_EMIT edited();
}

QJsonValue SecretField::value() const
{
    if (m_masked)
        return spec::SecretFields::mask();
    const QString t = m_line->text();
    if (t.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return t;
}

void SecretField::setValue(const QJsonValue &value)
{
    const QString t = SchemaKeys::displayText(value);
    m_masked = t == spec::SecretFields::mask();
    const QSignalBlocker block(m_area);
    m_line->setText(m_masked ? QString() : t);
    m_line->setPlaceholderText(m_masked ? tr("Stored secret (unchanged unless you type a new one)")
                                        : SchemaKeys::placeholder(schema()));
    if (m_area)
        m_area->setPlainText(m_masked ? QString() : t);
}

QStringList SecretField::maskedSecretPaths() const
{
    return m_masked ? QStringList{path()} : QStringList{};
}

bool SecretField::isRevealed() const
{
    return m_reveal->isChecked();
}

void SecretField::setRevealed(bool revealed)
{
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed); // re-enters through toggled
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    if (m_area) {
        m_line->setVisible(!revealed);
        m_area->setVisible(revealed);
    } else {
        m_line->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    }
}

void SecretField::setAccessibleTitle(const QString &title)
{
    m_line->setAccessibleName(title);
    if (m_area)
        m_area->setAccessibleName(title);
    m_reveal->setAccessibleName(tr("Show %1").arg(title));
}

} // namespace airdesk::gui
