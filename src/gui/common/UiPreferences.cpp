#include "UiPreferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {
const auto kLanguageKey = u"ui/language"_s;
const auto kAppearanceKey = u"ui/appearance"_s;
} // namespace

UiPreferences::UiPreferences(QSettings &settings)
    : m_settings(settings)
{
}

QString UiPreferences::language() const
{
    const QString language = m_settings.value(kLanguageKey).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void UiPreferences::setLanguage(const QString &language)
{
    if (language.isEmpty() || !availableLanguages().contains(language))
        m_settings.remove(kLanguageKey);
    else
        m_settings.setValue(kLanguageKey, language);
}

UiPreferences::Appearance UiPreferences::appearance() const
{
    return appearanceFromKey(m_settings.value(kAppearanceKey).toString());
}

void UiPreferences::setAppearance(Appearance appearance)
{
    if (appearance == Appearance::System)
        m_settings.remove(kAppearanceKey);
    else
        m_settings.setValue(kAppearanceKey, appearanceKey(appearance));
}

QStringList UiPreferences::availableLanguages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString UiPreferences::appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return u"light"_s;
    case Appearance::Dark:
        return u"dark"_s;
    case Appearance::System:
        break;
    }
    return u"system"_s;
}

UiPreferences::Appearance UiPreferences::appearanceFromKey(const QString &key)
{
    if (key == "light"_L1)
        return Appearance::Light;
    if (key == "dark"_L1)
        return Appearance::Dark;
    return Appearance::System;
}

} // namespace airdesk::gui
