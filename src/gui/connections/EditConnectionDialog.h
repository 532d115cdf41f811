#pragma once

#include "core/domain/Connection.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace airdesk::api {
class WorkspaceSession;
}

namespace airdesk::gui {

class ScheduleField;
class StreamSelector;

/// Edits a connection: name, table prefix, selected streams (with a warning that a new
/// selection replaces the catalog: left-out streams are de-selected and every stream goes back
/// to its default sync mode), enabled, schedule. Save sends only what changed, one request
/// after another; a failure stops there, says which change failed and keeps every edit.
class EditConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditConnectionDialog)

public:
    EditConnectionDialog(api::WorkspaceSession *session, const domain::Connection &connection,
                         QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_operation != nullptr; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    ScheduleField *scheduleField() const { return m_schedule; }
    StreamSelector *streams() const { return m_streams; }
    QPushButton *saveButton() const { return m_save; }
    bool catalogWarningShown() const;
    QString statusText() const;
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    /// Remembers the size for next time.
    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    void updated(const airdesk::domain::Connection &connection);

private:
    using Step = std::function<void(std::function<void()> next)>;
    void load();
    void refresh();
    void save();
    void runSteps(QList<Step> steps);
    void showStatus(const QString &text, bool error);

    api::WorkspaceSession *m_session;
    domain::Connection m_connection;
    QLineEdit *m_name;
    QLineEdit *m_prefix;
    QCheckBox *m_enabled;
    ScheduleField *m_schedule;
    StreamSelector *m_streams;
    QLabel *m_warning;
    QLabel *m_status;
    QPushButton *m_save;
    QPointer<QObject> m_operation;
    bool m_loaded = false;
    bool m_closing = false;
};

} // namespace airdesk::gui
