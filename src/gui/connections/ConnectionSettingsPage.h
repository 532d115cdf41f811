#pragma once

#include "api/services/ConnectionCreateRequest.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace airdesk::gui {

class ScheduleField;

/// The wizard's last page: name, table prefix, namespace definition and format, what to do on
/// non-breaking schema changes, schedule (through the schedule dialog), enabled; it also
/// shows why a create failed, keeping everything chosen.
class ConnectionSettingsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSettingsPage)

public:
    explicit ConnectionSettingsPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    /// Fills the settings part of a request.
    void fill(api::ConnectionCreateRequest &request) const;
    void suggestName(const QString &name);
    /// Puts back the settings of a restored draft (the name counts as typed).
    void restore(const api::ConnectionCreateRequest &request);
    void showError(const QString &message);
    QString errorText() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QComboBox *namespaceBox() const { return m_namespace; }
    QLineEdit *namespaceFormatEdit() const { return m_format; }
    QComboBox *schemaChangeBox() const { return m_schemaChanges; }
    ScheduleField *scheduleField() const { return m_schedule; }
    QCheckBox *enabledCheck() const { return m_enabled; }

Q_SIGNALS:
    /// Any setting changed (for the wizard's draft).
    void edited();

private:
    QLineEdit *m_name;
    QLineEdit *m_prefix;
    QComboBox *m_namespace;
    QLineEdit *m_format;
    QComboBox *m_schemaChanges;
    ScheduleField *m_schedule;
    QCheckBox *m_enabled;
    QLabel *m_error;
    bool m_nameTyped = false;
};

} // namespace airdesk::gui
