#pragma once

#include "FieldWidget.h"

#include <QList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace airdesk::gui {

class ObjectField;

/// A `oneOf` of objects: a selector over the options' titles (a drop-down, or radio buttons
/// with `display_type: radio`) and the chosen option's fields. The discriminator is the
/// property with a `const` in every option; it is not shown but always sent. Switching keeps
/// the values of keys both options have; only the chosen option's keys are sent. Options
/// with `airbyte_hidden` are not offered unless a loaded configuration uses one. The default
/// option is the one whose const equals the oneOf's `default`, else the first offered.
class OneOfField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneOfField)

public:
    OneOfField(const QJsonObject &schema, const QString &path, bool required, int depth, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QList<spec::ValidationIssue> localIssues() const override;
    QList<spec::ValidationIssue> routeIssues(const QList<spec::ValidationIssue> &issues, bool reveal) override;
    QStringList maskedSecretPaths() const override;
    QJsonValue valueWithoutSecrets() const override;
    FieldWidget *find(const QString &path) override;
    void setAccessibleTitle(const QString &title) override;

    QString discriminator() const { return m_discriminator; }
    int optionCount() const { return int(m_options.size()); }
    int currentOption() const { return m_current; }
    /// Switches option as a user would (shared values kept, edited() emitted).
    void selectOption(int option);
    QString optionTitle(int option) const;
    ObjectField *option(int option) const { return m_options.at(option); }
    QComboBox *comboBox() const { return m_combo; }

private:
    int matchOption(const QJsonObject &object) const;
    void show(int option);
    void offer(int option);

    QString m_discriminator;
    QList<ObjectField *> m_options;
    QList<QJsonObject> m_optionSchemas;
    QList<int> m_offered; // selector index -> option
    QComboBox *m_combo = nullptr;
    QButtonGroup *m_radios = nullptr;
    QWidget *m_radioBox = nullptr;
    QLabel *m_description;
    QStackedWidget *m_stack;
    int m_current = -1;
    int m_default = 0;
};

} // namespace airdesk::gui
