#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace airdesk::gui {

/// The user's interface choices kept in the settings: the language (empty: the system's) and
/// the appearance. A typed wrapper so the keys and defaults live in one place.
class UiPreferences final
{
public:
    enum class Appearance { System, Light, Dark };

    explicit UiPreferences(QSettings &settings);

    /// "" (follow the system), "en", "de" or "fr".
    QString language() const;
    void setLanguage(const QString &language);
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    /// The languages the application ships, as codes ("en", "de", "fr").
    static QStringList availableLanguages();
    static QString appearanceKey(Appearance appearance);
    static Appearance appearanceFromKey(const QString &key);

private:
    QSettings &m_settings;
};

} // namespace airdesk::gui
