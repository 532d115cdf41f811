#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace airdesk::gui {

/// Edits a connector configuration (a JSON object) as YAML text and checks it against a
/// connection specification (spec::ConfigValidator) as it is typed. Fields the spec marks
/// `airbyte_secret` are shown masked; a mask left in place keeps the value it hides.
/// The API (setSpec, value, isValid, validityChanged) is what a spec-driven form offers too,
/// so this text editor can be replaced by one without touching its users.
class TestingValuesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestingValuesEditor)

public:
    explicit TestingValuesEditor(QWidget *parent = nullptr);

    /// The JSON Schema the values must satisfy (a manifest's spec.connection_specification).
    void setSpec(const QJsonObject &connectionSpecification);
    QJsonObject spec() const { return m_spec; }
    /// Shows @p values, secrets masked.
    void setValue(const QJsonObject &values);
    /// What the text says, masked secrets restored; an empty object while the text is invalid YAML.
    QJsonObject value() const;
    bool isValid() const { return m_valid; }
    /// Why the values are not valid, one line per problem; empty when they are.
    QStringList problems() const { return m_problems; }

    QPlainTextEdit *textEdit() const { return m_edit; }
    QLabel *problemsLabel() const { return m_problemsLabel; }

Q_SIGNALS:
    void validityChanged(bool valid);
    void edited();

private:
    void revalidate();

    QJsonObject m_spec;
    QJsonObject m_stored; // the values last set, secrets unmasked
    QJsonObject m_current;
    QStringList m_problems;
    QPlainTextEdit *m_edit;
    QLabel *m_problemsLabel;
    bool m_valid = false;
};

} // namespace airdesk::gui
