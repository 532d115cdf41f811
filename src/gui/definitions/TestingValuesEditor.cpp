#include "TestingValuesEditor.h"

#include "core/manifest/JsonToYaml.h"
#include "core/manifest/YamlToJson.h"
#include "core/spec/ConfigValidator.h"
#include "core/spec/SecretFields.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

bool containsText(const QJsonValue &value, const QString &text)
{
    if (value.isString())
        return value.toString() == text;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(), [&text](const QJsonValue &v) { return containsText(v, text); });
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [&text](const QJsonValue &v) { return containsText(v, text); });
    }
    return false;
}

} // namespace

TestingValuesEditor::TestingValuesEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_problemsLabel(new QLabel(this))
{
    m_edit->setObjectName(u"valuesPlainTextEdit"_s);
    m_edit->setAccessibleName(tr("Configuration values (YAML)"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("api_key: your-key\nstart_date: 2024-01-01"));
    m_problemsLabel->setObjectName(u"problemsLabel"_s);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problemsLabel);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        revalidate();
        Q_EMIT edited();
    });
    revalidate();
}

void TestingValuesEditor::setSpec(const QJsonObject &connectionSpecification)
{
    m_spec = connectionSpecification;
    revalidate();
}

void TestingValuesEditor::setValue(const QJsonObject &values)
{
    m_stored = values;
    const QJsonObject masked = spec::maskSecrets(m_spec, values);
    m_edit->setPlainText(masked.isEmpty() ? QString() : QString::fromUtf8(manifest::JsonToYaml::write(masked)));
    revalidate();
}

QJsonObject TestingValuesEditor::value() const
{
    return m_current;
}

void TestingValuesEditor::revalidate()
{
    const bool wasValid = m_valid;
    m_problems.clear();
    m_current = {};
    const QByteArray text = m_edit->toPlainText().toUtf8();
    manifest::YamlError error;
    const std::optional<QJsonValue> json =
        text.trimmed().isEmpty() ? std::optional<QJsonValue>(QJsonObject()) : manifest::YamlToJson::parse(text, &error);
    if (!json) {
        m_problems.append(tr("Not valid YAML: %1").arg(error.toString()));
    } else if (!json->isObject()) {
        m_problems.append(tr("The values must be a mapping of field names to values (\"name: value\" lines)."));
    } else {
        m_current = spec::restoreMaskedSecrets(m_spec, json->toObject(), m_stored);
        for (const spec::ValidationIssue &issue : spec::ConfigValidator::validate(m_spec, m_current))
            m_problems.append(issue.message);
        // A mask nobody replaced, with no stored value behind it, would be sent as the secret.
        if (containsText(m_current, spec::SecretFields::mask()))
            m_problems.append(tr("A secret still shows the mask (%1) but no stored value is behind it: type the "
                                 "secret.")
                                  .arg(spec::SecretFields::mask()));
    }
    m_valid = m_problems.isEmpty();
    m_problemsLabel->setText(m_valid ? tr("The values match the connector's specification.")
                                     : m_problems.join(u'\n'));
    if (m_valid != wasValid)
        Q_EMIT validityChanged(m_valid);
}

} // namespace airdesk::gui
