#pragma once

#include "gui/profiles/Profile.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QWidget>

class QLabel;
class QPushButton;

namespace airdesk::gui {

class ProfileDialog;
class SecretStore;

/// What a user without a profile sees: try the embedded sandbox (the default), or set up an
/// Airbyte Cloud, self-managed or environment profile in a prefilled ProfileDialog. The page
/// stores nothing: it says what was chosen and the caller keeps the profile and its secret.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    static constexpr auto SelfManagedRoot = "http://localhost:8000/api/public/v1";

    /// `environment` is where AIRBYTE_CLOUD_* are looked for (tests inject their own).
    explicit WelcomePage(SecretStore *secrets = nullptr,
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                         QWidget *parent = nullptr);
    ~WelcomePage() override;

    /// Shows a "Back" button (when there is a workspace to go back to).
    void setBackVisible(bool visible);

    QPushButton *sandboxButton() const { return m_sandboxButton; }
    QPushButton *cloudButton() const { return m_cloudButton; }
    QPushButton *selfManagedButton() const { return m_selfManagedButton; }
    QPushButton *environmentButton() const { return m_environmentButton; }
    QPushButton *backButton() const { return m_backButton; }
    /// The dialog opened by one of the profile buttons, while it is open.
    ProfileDialog *dialog() const;

Q_SIGNALS:
    void sandboxChosen();
    void profileCreated(const airdesk::gui::Profile &profile, const QString &secret);
    void backRequested();

private:
    void openDialog(Profile::Kind kind);

    SecretStore *m_secrets;
    QProcessEnvironment m_environment;
    QPushButton *m_sandboxButton;
    QPushButton *m_cloudButton;
    QPushButton *m_selfManagedButton;
    QPushButton *m_environmentButton;
    QPushButton *m_backButton;
    QPointer<ProfileDialog> m_dialog;
};

} // namespace airdesk::gui
