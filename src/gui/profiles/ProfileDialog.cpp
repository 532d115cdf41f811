#include "ProfileDialog.h"

#include "ConnectionTester.h"
#include "SecretStore.h"
#include "api/ApiRoots.h"
#include "api/Credentials.h"
#include "gui/common/DialogGeometry.h"
#include "profiles/ui_ProfileDialog.h" // AUTOUIC finds ui/profiles/ProfileDialog.ui through this path

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

const QString GeometryName = u"ProfileDialog"_s;
const QString SelfManagedExample = u"http://localhost:8000/api/public/v1"_s;

QString fieldText(const QLineEdit *edit)
{
    return edit->text().trimmed();
}

} // namespace

ProfileDialog::ProfileDialog(QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_secrets(secrets)
    , m_tester(new ConnectionTester(this))
    , m_profile(Profile::create())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->workspaceComboBox->hide();
    m_ui->keychainWarningLabel->hide();
    m_ui->revealSecretCheckBox->setAccessibleName(tr("Show secret"));
    m_ui->kindComboBox->setCurrentIndex(static_cast<int>(Profile::Kind::Cloud));

    connect(m_ui->publicRootLineEdit, &QLineEdit::textChanged, this, &ProfileDialog::updateDerivedRoots);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateKind);
    connect(m_ui->clientCredentialsRadioButton, &QRadioButton::toggled, this, &ProfileDialog::updateAuthMethod);
    connect(m_ui->revealSecretCheckBox, &QCheckBox::toggled, this, [this](bool reveal) {
        const auto mode = reveal ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->clientSecretLineEdit->setEchoMode(mode);
        m_ui->bearerTokenLineEdit->setEchoMode(mode);
    });
    connect(m_ui->workspaceComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_ui->workspaceIdLineEdit->setText(m_ui->workspaceComboBox->itemData(index).toString());
    });
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->pickWorkspacePushButton, &QPushButton::clicked, this, &ProfileDialog::pickWorkspace);
    connect(m_ui->caBundleBrowsePushButton, &QPushButton::clicked, this, &ProfileDialog::browseCaBundle);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    connect(m_tester, &ConnectionTester::connected, this,
            [this](const domain::Workspace &workspace, const QString &organization) {
                setBusy(false);
                const QString name = workspace.name.isEmpty() ? workspace.workspaceId : workspace.name;
                m_ui->connectionStatusLabel->setText(organization.isEmpty()
                                                         ? tr("Connected to %1").arg(name)
                                                         : tr("Connected to %1 (%2)").arg(name, organization));
            });
    connect(m_tester, &ConnectionTester::workspacesListed, this, [this](const QList<domain::Workspace> &workspaces) {
        setBusy(false);
        const QString current = fieldText(m_ui->workspaceIdLineEdit);
        QSignalBlocker blocker(m_ui->workspaceComboBox);
        m_ui->workspaceComboBox->clear();
        for (const auto &workspace : workspaces)
            m_ui->workspaceComboBox->addItem(QString(workspace.name + u" ("_s + workspace.workspaceId + u')'),
                                             workspace.workspaceId);
        m_ui->workspaceComboBox->setVisible(!workspaces.isEmpty());
        const int keep = m_ui->workspaceComboBox->findData(current);
        blocker.unblock();
        // An empty id takes the first workspace; an id already typed stays chosen.
        m_ui->workspaceComboBox->setCurrentIndex(-1);
        m_ui->workspaceComboBox->setCurrentIndex(keep >= 0 ? keep : 0);
        m_ui->connectionStatusLabel->setText(workspaces.isEmpty()
                                                 ? tr("These credentials see no workspace.")
                                                 : tr("%n workspace(s) found.", nullptr, int(workspaces.size())));
    });
    connect(m_tester, &ConnectionTester::failed, this, [this](const QString &message) {
        setBusy(false);
        m_ui->connectionStatusLabel->setText(message);
    });

    if (m_secrets) {
        m_ui->keychainWarningLabel->setText(SecretStore::unavailableMessage());
        m_ui->keychainWarningLabel->setVisible(!m_secrets->keychainAvailable());
        connect(m_secrets, &SecretStore::keychainUnavailable, this,
                [this](const QString &) { m_ui->keychainWarningLabel->show(); });
    }

    m_ui->scheduleMinimumComboBox->addItem(tr("Default for the kind (1 hour on Cloud, else 1 minute)"), -1);
    m_ui->scheduleMinimumComboBox->addItem(tr("1 hour (Cloud Standard)"), 60);
    m_ui->scheduleMinimumComboBox->addItem(tr("15 minutes (Cloud Plus)"), 15);
    m_ui->scheduleMinimumComboBox->addItem(tr("1 minute (self-managed)"), 1);
    m_ui->scheduleMinimumComboBox->addItem(tr("No minimum"), 0);
    updateKind();
    updateAuthMethod();
    updateDerivedRoots();
    DialogGeometry::restore(this, *m_settings, GeometryName);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setProfile(const Profile &profile)
{
    m_profile = profile;
    if (m_profile.id.isEmpty())
        m_profile.id = Profile::create().id;
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->kindComboBox->setCurrentIndex(static_cast<int>(profile.kind));
    m_ui->publicRootLineEdit->setText(profile.publicRoot);
    m_ui->configRootLineEdit->setText(profile.configRoot);
    m_ui->webRootLineEdit->setText(profile.webRoot);
    m_ui->workspaceIdLineEdit->setText(profile.workspaceId);
    const bool bearer = profile.authMethod == Profile::AuthMethod::BearerToken;
    m_ui->bearerTokenRadioButton->setChecked(bearer);
    m_ui->clientCredentialsRadioButton->setChecked(!bearer);
    m_ui->clientIdLineEdit->setText(profile.clientId);
    m_ui->scheduleMinimumComboBox->setCurrentIndex(
        std::max(0, m_ui->scheduleMinimumComboBox->findData(profile.scheduleMinimumMinutes)));
    m_ui->caBundleLineEdit->setText(profile.caBundlePath);
    m_ui->clientSecretLineEdit->clear();
    m_ui->bearerTokenLineEdit->clear();
    if (m_secrets && !profile.id.isEmpty()) {
        const QString id = profile.id;
        m_secrets->readSecret(id, this, [this, id](const QString &secret, const QString &error) {
            // A late answer for another profile, or a secret typed meanwhile, wins over it.
            if (m_profile.id != id || !this->secret().isEmpty())
                return;
            if (!error.isEmpty())
                showProblem(error, nullptr);
            else
                setSecret(secret);
        });
    }
}

Profile ProfileDialog::profile() const
{
    Profile p = m_profile;
    p.name = fieldText(m_ui->nameLineEdit);
    p.kind = static_cast<Profile::Kind>(m_ui->kindComboBox->currentIndex());
    p.publicRoot = fieldText(m_ui->publicRootLineEdit);
    p.configRoot = fieldText(m_ui->configRootLineEdit);
    p.webRoot = fieldText(m_ui->webRootLineEdit);
    p.workspaceId = fieldText(m_ui->workspaceIdLineEdit);
    p.authMethod = m_ui->bearerTokenRadioButton->isChecked() ? Profile::AuthMethod::BearerToken
                                                             : Profile::AuthMethod::ClientCredentials;
    p.clientId = fieldText(m_ui->clientIdLineEdit);
    p.scheduleMinimumMinutes = m_ui->scheduleMinimumComboBox->currentData().toInt();
    p.caBundlePath = usesCaBundle() ? fieldText(m_ui->caBundleLineEdit) : QString();
    return p;
}

QString ProfileDialog::secret() const
{
    return m_ui->bearerTokenRadioButton->isChecked() ? fieldText(m_ui->bearerTokenLineEdit)
                                                     : fieldText(m_ui->clientSecretLineEdit);
}

void ProfileDialog::setSecret(const QString &secret)
{
    if (m_ui->bearerTokenRadioButton->isChecked())
        m_ui->bearerTokenLineEdit->setText(secret);
    else
        m_ui->clientSecretLineEdit->setText(secret);
}

void ProfileDialog::fillFromEnvironment(const QProcessEnvironment &environment)
{
    const auto config = api::EnvironmentConfig::read(environment);
    m_ui->nameLineEdit->setText(tr("Environment"));
    m_ui->kindComboBox->setCurrentIndex(static_cast<int>(Profile::Kind::Environment));
    m_ui->publicRootLineEdit->setText(config.apiUrl);
    m_ui->configRootLineEdit->setText(config.configApiUrl);
    m_ui->workspaceIdLineEdit->setText(config.workspaceId);
    if (config.credentials) {
        const bool bearer = config.credentials->method() == api::Credentials::Method::BearerToken;
        m_ui->bearerTokenRadioButton->setChecked(bearer);
        m_ui->clientCredentialsRadioButton->setChecked(!bearer);
        m_ui->bearerTokenLineEdit->setText(config.credentials->bearerToken());
        m_ui->clientIdLineEdit->setText(config.credentials->clientId());
        m_ui->clientSecretLineEdit->setText(config.credentials->clientSecret());
    }
    if (!config.credentialsError.isEmpty())
        showProblem(config.credentialsError, m_ui->clientIdLineEdit);
    else
        clearProblem();
}

std::optional<api::ApiRoots> ProfileDialog::roots() const
{
    return api::ApiRoots::make(fieldText(m_ui->publicRootLineEdit), fieldText(m_ui->configRootLineEdit),
                               fieldText(m_ui->webRootLineEdit));
}

std::optional<api::Credentials> ProfileDialog::credentials() const
{
    if (m_ui->bearerTokenRadioButton->isChecked()) {
        if (fieldText(m_ui->bearerTokenLineEdit).isEmpty())
            return std::nullopt;
        return api::Credentials::bearer(fieldText(m_ui->bearerTokenLineEdit));
    }
    if (fieldText(m_ui->clientIdLineEdit).isEmpty() || fieldText(m_ui->clientSecretLineEdit).isEmpty())
        return std::nullopt;
    return api::Credentials::clientCredentials(fieldText(m_ui->clientIdLineEdit),
                                               fieldText(m_ui->clientSecretLineEdit));
}

// What "Test connection" and "Pick…" need: usable roots and credentials.
QString ProfileDialog::connectionProblem(QWidget **field) const
{
    auto fail = [field](QWidget *widget, const QString &message) {
        if (field)
            *field = widget;
        return message;
    };
    const QString publicRoot = fieldText(m_ui->publicRootLineEdit);
    const QString configRoot = fieldText(m_ui->configRootLineEdit);
    QString error;
    // One root at a time (a stand-in Config root isolates the public one), so the message
    // lands on the field that is wrong.
    if (!api::ApiRoots::make(publicRoot, u"http://derived.invalid/api/v1"_s, {}, &error))
        return fail(m_ui->publicRootLineEdit, error);
    if (!api::ApiRoots::make(publicRoot, configRoot, {}, &error))
        return fail(m_ui->configRootLineEdit, error);
    if (!api::ApiRoots::make(publicRoot, configRoot, fieldText(m_ui->webRootLineEdit), &error))
        return fail(m_ui->webRootLineEdit, error);
    if (!tls(&error))
        return fail(m_ui->caBundleLineEdit, tr("CA certificates: %1").arg(error));
    if (m_ui->bearerTokenRadioButton->isChecked()) {
        if (fieldText(m_ui->bearerTokenLineEdit).isEmpty())
            return fail(m_ui->bearerTokenLineEdit, tr("Token: enter the bearer token."));
    } else {
        if (fieldText(m_ui->clientIdLineEdit).isEmpty())
            return fail(m_ui->clientIdLineEdit, tr("Client ID: enter the client id."));
        if (fieldText(m_ui->clientSecretLineEdit).isEmpty())
            return fail(m_ui->clientSecretLineEdit, tr("Client secret: enter the client secret."));
    }
    return {};
}

QString ProfileDialog::validate(QWidget **field) const
{
    if (fieldText(m_ui->nameLineEdit).isEmpty()) {
        if (field)
            *field = m_ui->nameLineEdit;
        return tr("Name: give the profile a name.");
    }
    if (QString problem = connectionProblem(field); !problem.isEmpty())
        return problem;
    const QString workspaceId = fieldText(m_ui->workspaceIdLineEdit);
    if (workspaceId.isEmpty() || workspaceId.contains(u'/') || workspaceId.contains(u' ')) {
        if (field)
            *field = m_ui->workspaceIdLineEdit;
        return tr("Workspace ID: enter the workspace id, or pick one.");
    }
    return {};
}

bool ProfileDialog::checkFields()
{
    QWidget *field = nullptr;
    const QString problem = validate(&field);
    if (problem.isEmpty()) {
        clearProblem();
        return true;
    }
    showProblem(problem, field);
    return false;
}

void ProfileDialog::accept()
{
    if (checkFields())
        QDialog::accept();
}

void ProfileDialog::done(int result)
{
    m_tester->cancel();
    DialogGeometry::save(this, *m_settings, GeometryName);
    QDialog::done(result);
}

void ProfileDialog::testConnection()
{
    QWidget *field = nullptr;
    QString problem = connectionProblem(&field);
    if (problem.isEmpty() && fieldText(m_ui->workspaceIdLineEdit).isEmpty()) {
        field = m_ui->workspaceIdLineEdit;
        problem = tr("Workspace ID: enter the workspace id, or pick one.");
    }
    if (!problem.isEmpty()) {
        showProblem(problem, field);
        return;
    }
    clearProblem();
    setBusy(true);
    m_ui->connectionStatusLabel->setText(tr("Connecting…"));
    m_tester->setTls(*tls());
    m_tester->testConnection(*roots(), *credentials(), fieldText(m_ui->workspaceIdLineEdit));
}

void ProfileDialog::pickWorkspace()
{
    QWidget *field = nullptr;
    if (const QString problem = connectionProblem(&field); !problem.isEmpty()) {
        showProblem(problem, field);
        return;
    }
    clearProblem();
    setBusy(true);
    m_ui->connectionStatusLabel->setText(tr("Listing workspaces…"));
    m_tester->setTls(*tls());
    m_tester->listWorkspaces(*roots(), *credentials());
}

bool ProfileDialog::usesCaBundle() const
{
    const auto kind = static_cast<Profile::Kind>(m_ui->kindComboBox->currentIndex());
    return kind == Profile::Kind::SelfManaged || kind == Profile::Kind::Environment;
}

std::optional<api::ApiTls> ProfileDialog::tls(QString *error) const
{
    const QString path = fieldText(m_ui->caBundleLineEdit);
    if (!usesCaBundle() || path.isEmpty())
        return api::ApiTls();
    return api::ApiTls::fromCaBundleFile(path, error);
}

void ProfileDialog::browseCaBundle()
{
    if (!m_caBundlePicker) {
        m_caBundlePicker = new QFileDialog(this, tr("CA certificates"));
        m_caBundlePicker->setFileMode(QFileDialog::ExistingFile);
        m_caBundlePicker->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
        connect(m_caBundlePicker, &QFileDialog::fileSelected, this, [this](const QString &path) {
            m_ui->caBundleLineEdit->setText(QDir::toNativeSeparators(path));
            QString error;
            if (tls(&error))
                clearProblem();
            else
                showProblem(tr("CA certificates: %1").arg(error), m_ui->caBundleLineEdit);
        });
    }
    m_caBundlePicker->open();
}

void ProfileDialog::showProblem(const QString &message, QWidget *field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::clearProblem()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

void ProfileDialog::updateDerivedRoots()
{
    // The placeholders show what an empty field will mean, live, as the API URL is typed.
    QString error;
    const auto derived = api::ApiRoots::make(fieldText(m_ui->publicRootLineEdit), {}, {}, &error);
    m_ui->configRootLineEdit->setPlaceholderText(derived ? derived->configRoot().toString()
                                                         : tr("Cannot be derived: enter it"));
    m_ui->webRootLineEdit->setPlaceholderText(derived ? derived->webRoot().toString()
                                                      : tr("Cannot be derived: enter it"));
}

void ProfileDialog::updateAuthMethod()
{
    const bool bearer = m_ui->bearerTokenRadioButton->isChecked();
    m_ui->formLayout->setRowVisible(m_ui->clientIdLineEdit, !bearer);
    m_ui->formLayout->setRowVisible(m_ui->clientSecretLineEdit, !bearer);
    m_ui->formLayout->setRowVisible(m_ui->bearerTokenLineEdit, bearer);
}

void ProfileDialog::updateKind()
{
    const bool selfManaged = m_ui->kindComboBox->currentIndex() == static_cast<int>(Profile::Kind::SelfManaged);
    m_ui->formLayout->setRowVisible(m_ui->selfManagedHintLabel, selfManaged);
    m_ui->formLayout->setRowVisible(m_ui->caBundleLayout, usesCaBundle());
    m_ui->publicRootLineEdit->setPlaceholderText(selfManaged ? SelfManagedExample
                                                             : QString::fromLatin1(api::ApiRoots::CloudPublicRoot));
}

void ProfileDialog::setBusy(bool busy)
{
    m_ui->testConnectionPushButton->setEnabled(!busy);
    m_ui->pickWorkspacePushButton->setEnabled(!busy);
}

} // namespace airdesk::gui
