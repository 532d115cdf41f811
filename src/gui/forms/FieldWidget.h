#pragma once

#include "core/spec/ConfigValidator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>

namespace airdesk::gui {

/// One input of the spec-driven form, for one schema (`$.path` in the configuration).
/// value() is the JSON this input contributes, or an undefined QJsonValue when the key is to be
/// left out; setValue() loads a configuration value (undefined clears the input). Containers
/// (objects, oneOf) hand validation issues down to their children through routeIssues().
class FieldWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldWidget)

public:
    FieldWidget(const QJsonObject &schema, const QString &path, QWidget *parent = nullptr);

    const QJsonObject &schema() const { return m_schema; }
    QString path() const { return m_path; }

    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0;
    /// Problems the input finds by itself (a date that is no date, text that is no number).
    virtual QList<spec::ValidationIssue> localIssues() const { return {}; }
    /// Issues below this field that a child row claims; the rest is returned.
    virtual QList<spec::ValidationIssue> routeIssues(const QList<spec::ValidationIssue> &issues, bool reveal)
    {
        Q_UNUSED(reveal);
        return issues;
    }
    /// Whether the row shows its own title (a check box carries it in its text instead).
    virtual bool showsOwnTitle() const { return false; }
    /// Paths of secret inputs still holding the server's mask, so their issues are not shown.
    virtual QStringList maskedSecretPaths() const { return {}; }
    /// The field's value with every secret left out (for drafts kept on disk). A field marked
    /// airbyte_secret as a whole (an array or a free-form object too) is left out entirely.
    virtual QJsonValue valueWithoutSecrets() const;
    /// The input registered at @p path (this one or a descendant), for tests and focus.
    virtual FieldWidget *find(const QString &path);
    /// Sets the accessible name of the inner input(s).
    virtual void setAccessibleTitle(const QString &title) = 0;

Q_SIGNALS:
    /// The user changed something (not emitted by setValue()).
    void edited();

private:
    QJsonObject m_schema;
    QString m_path;
};

} // namespace airdesk::gui
