#pragma once

#include "Profile.h"

#include "api/ApiTls.h"

#include <QDialog>
#include <QPointer>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class QFileDialog;
class QSettings;

namespace Ui {
class ProfileDialog;
}

namespace airdesk::api {
class ApiRoots;
class Credentials;
} // namespace airdesk::api

namespace airdesk::gui {

class ConnectionTester;
class SecretStore;

/// Edits one profile: where the API is, which workspace, how to authenticate. The secret is
/// edited here but stored by the caller through SecretStore (never with the profile); the
/// network is reached only through ConnectionTester ("Test connection", "Pick…").
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    /// `settings` keeps the dialog's size (the application's settings when null); `secrets`,
    /// when given, fills in the stored secret and tells whether a keychain is available.
    explicit ProfileDialog(QSettings *settings = nullptr, SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void setProfile(const Profile &profile);
    /// The profile as edited; id and lastUsed are kept from setProfile() (a new id otherwise).
    Profile profile() const;
    /// The client secret or bearer token, whichever the chosen method uses.
    QString secret() const;
    void setSecret(const QString &secret);

    /// Prefills from the AIRBYTE_CLOUD_* / AIRBYTE_* variables PyAirbyte reads.
    void fillFromEnvironment(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    /// Empty when every field is usable; otherwise what is wrong, and (if asked) which field.
    QString validate(QWidget **field = nullptr) const;
    /// The same, shown inline (and the field focused); true when fine.
    bool checkFields();

    ConnectionTester *connectionTester() const { return m_tester; }

public Q_SLOTS:
    void accept() override;
    void done(int result) override;
    void testConnection();
    void pickWorkspace();
    void browseCaBundle();

private:
    QString connectionProblem(QWidget **field) const;
    /// Whether the kind shown can use a CA bundle (self-managed, environment).
    bool usesCaBundle() const;
    /// The trust the CA field asks for; nullopt and why when its file cannot be used.
    std::optional<api::ApiTls> tls(QString *error = nullptr) const;
    std::optional<api::ApiRoots> roots() const;
    std::optional<api::Credentials> credentials() const;
    void showProblem(const QString &message, QWidget *field);
    void clearProblem();
    void updateDerivedRoots();
    void updateAuthMethod();
    void updateKind();
    void setBusy(bool busy);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    SecretStore *m_secrets;
    ConnectionTester *m_tester;
    QPointer<QFileDialog> m_caBundlePicker;
    Profile m_profile;
};

} // namespace airdesk::gui
