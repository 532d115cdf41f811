#include "WelcomePage.h"

#include "api/Credentials.h"
#include "gui/profiles/ProfileDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

QPushButton *bigButton(const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(description);
    button->setAccessibleDescription(description);
    button->setMinimumHeight(48);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    button->setFont(font);
    return button;
}

} // namespace

WelcomePage::WelcomePage(SecretStore *secrets, const QProcessEnvironment &environment, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_environment(environment)
{
    auto *title = new QLabel(tr("<h1>Welcome to Airdesk</h1>"), this);
    auto *intro = new QLabel(tr("Manage Airbyte workspaces by point and click. Where do you want to start?"), this);
    intro->setWordWrap(true);

    m_sandboxButton =
        bigButton(tr("Try the sandbox"), tr("A demo workspace served by Airdesk itself, on this computer only."), this);
    m_sandboxButton->setDefault(true);
    m_cloudButton =
        bigButton(tr("Airbyte Cloud…"), tr("Connect with a client id and secret from Airbyte Cloud."), this);
    m_selfManagedButton = bigButton(tr("Self-managed Airbyte…"),
                                    tr("Connect to your own Airbyte, such as one started with abctl."), this);
    auto *selfManagedHint = new QLabel(tr("For a local Airbyte started with abctl, <code>abctl local "
                                          "credentials</code> prints the client id and secret."),
                                       this);
    selfManagedHint->setWordWrap(true);
    m_environmentButton = bigButton(tr("Use AIRBYTE_CLOUD_* from the environment"),
                                    tr("Make a profile from the credentials set in the environment."), this);
    m_environmentButton->setVisible(api::EnvironmentConfig::read(m_environment).credentials.has_value());
    m_backButton = new QPushButton(tr("Back"), this);
    m_backButton->hide();

    // A readable column in the middle of the window, whatever its size.
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(480);
    panel->setMaximumWidth(560);
    auto *column = new QVBoxLayout(panel);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_sandboxButton, m_cloudButton, m_selfManagedButton,
                                                            selfManagedHint, m_environmentButton, m_backButton})
        column->addWidget(widget);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_sandboxButton, &QPushButton::clicked, this, &WelcomePage::sandboxChosen);
    connect(m_cloudButton, &QPushButton::clicked, this, [this] { openDialog(Profile::Kind::Cloud); });
    connect(m_selfManagedButton, &QPushButton::clicked, this, [this] { openDialog(Profile::Kind::SelfManaged); });
    connect(m_environmentButton, &QPushButton::clicked, this, [this] { openDialog(Profile::Kind::Environment); });
    connect(m_backButton, &QPushButton::clicked, this, &WelcomePage::backRequested);
}

WelcomePage::~WelcomePage() = default;

ProfileDialog *WelcomePage::dialog() const
{
    return m_dialog.data();
}

void WelcomePage::setBackVisible(bool visible)
{
    m_backButton->setVisible(visible);
}

void WelcomePage::openDialog(Profile::Kind kind)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new ProfileDialog(nullptr, m_secrets, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (kind == Profile::Kind::Environment) {
        m_dialog->fillFromEnvironment(m_environment);
    } else {
        Profile profile = Profile::create(kind == Profile::Kind::Cloud ? tr("Airbyte Cloud") : tr("Local Airbyte"));
        profile.kind = kind;
        if (kind == Profile::Kind::SelfManaged)
            profile.publicRoot = QString::fromLatin1(SelfManagedRoot);
        m_dialog->setProfile(profile);
    }
    ProfileDialog *dialog = m_dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT profileCreated(dialog->profile(), dialog->secret()); });
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    dialog->open(); // window-modal, no nested event loop
}

} // namespace airdesk::gui
