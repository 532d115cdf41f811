#pragma once

#include "core/spec/ConfigValidator.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QLabel;
class QTimer;

namespace airdesk::gui {

class FieldWidget;

/// The connector configuration form, generated in code from a spec's connectionSpecification
/// (JSON Schema plus Airbyte's extensions) the way the Airbyte web app builds it. value() is the
/// configuration to send (only the chosen oneOf option's keys); setValue() loads an existing
/// one, with masked secrets kept masked and sent back unchanged unless edited. Every edit is
/// validated (ConfigValidator, plus formats and number parsing) shortly after typing stops;
/// each problem shows next to its field and in a summary, and validityChanged() lets a dialog
/// disable its submit button. Unknown keywords are ignored.
class SpecForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecForm)

public:
    explicit SpecForm(QWidget *parent = nullptr);
    ~SpecForm() override;

    /// Builds the form. Accepts a connectionSpecification or a whole spec object holding one.
    /// Fails (with a sentence in @p error) when the root is not an object schema.
    bool setSpecification(const QJsonObject &spec, QString *error = nullptr);
    QJsonObject specification() const { return m_schema; }

    QJsonObject value() const;
    /// Loads a configuration; it becomes the baseline isModified() compares with.
    void setValue(const QJsonObject &config);
    /// value() without any secret (what a draft on disk may hold).
    QJsonObject valueWithoutSecrets() const;
    bool isModified() const;
    /// Makes the current value the baseline (after a successful save).
    void markSaved();

    /// Validates now instead of after the typing pause.
    void validateNow();
    bool isValid() const { return m_issues.isEmpty(); }
    QList<spec::ValidationIssue> issues() const { return m_issues; }
    /// Shows every message, also "required" ones of fields not touched yet (on submit).
    void revealAllIssues();
    QString summaryText() const;

    /// The input at a configuration path such as `$.tunnel_method.tunnel_host`.
    FieldWidget *field(const QString &path) const;

Q_SIGNALS:
    void validityChanged(bool valid);
    /// The user changed a value.
    void edited();

private:
    void showIssues();

    QJsonObject m_schema;
    std::unique_ptr<spec::ConfigValidator> m_validator;
    FieldWidget *m_root = nullptr;
    QWidget *m_emptyNote = nullptr;
    QLabel *m_summary;
    QTimer *m_timer;
    QJsonObject m_baseline;
    QList<spec::ValidationIssue> m_issues;
    bool m_reveal = false;
    bool m_touched = false;
    bool m_validated = false;
};

} // namespace airdesk::gui
