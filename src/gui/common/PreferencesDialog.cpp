#include "PreferencesDialog.h"

#include "AppearanceStyler.h"
#include "DialogGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

PreferencesDialog::PreferencesDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(u"languageComboBox"_s);
    m_appearance->setObjectName(u"appearanceComboBox"_s);

    // Language names are shown in their own language, as language pickers do.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_appearance->addItem(tr("System default"), UiPreferences::appearanceKey(UiPreferences::Appearance::System));
    m_appearance->addItem(tr("Light"), UiPreferences::appearanceKey(UiPreferences::Appearance::Light));
    m_appearance->addItem(tr("Dark"), UiPreferences::appearanceKey(UiPreferences::Appearance::Dark));

    const UiPreferences prefs(m_settings);
    m_startLanguage = prefs.language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(UiPreferences::appearanceKey(prefs.appearance()))));

    m_restartNote->setObjectName(u"restartLabel"_s);
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("The new language applies when Airdesk starts again."));
    m_restartNote->setAccessibleName(tr("Language change note"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Appearance:"), m_appearance);
    m_language->setAccessibleDescription(tr("The language of menus, dialogs and messages"));
    m_appearance->setAccessibleDescription(tr("Light or dark colours, or those of the desktop"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
    setMinimumWidth(380);
    DialogGeometry::restore(this, m_settings, u"preferences"_s);
}

PreferencesDialog::~PreferencesDialog()
{
    DialogGeometry::save(this, m_settings, u"preferences"_s);
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

void PreferencesDialog::accept()
{
    UiPreferences prefs(m_settings);
    prefs.setLanguage(m_language->currentData().toString());
    const auto appearance = UiPreferences::appearanceFromKey(m_appearance->currentData().toString());
    const bool changed = appearance != prefs.appearance();
    prefs.setAppearance(appearance);
    // System needs the platform's style back, which only a restart gives; Light and Dark apply now.
    if (changed)
        AppearanceStyler::apply(appearance);
    QDialog::accept();
}

} // namespace airdesk::gui
