#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace airdesk::gui {

/// Installs the translators for the user's language: Airdesk's own catalogue (compiled into
/// the program under ":/i18n") and Qt's qtbase catalogue from the Qt installation. English is
/// the source language; its catalogue holds only the plural forms.
class Translations final
{
public:
    /// The locale for `language` ("" follows the system; else "en", "de" or "fr").
    static QLocale localeFor(const QString &language);
    /// Installs the translators for `locale` on `app` (they are parented to it) and makes
    /// `locale` the default for number and date formatting. Returns the number installed.
    static int install(QCoreApplication *app, const QLocale &locale);
    /// Where Airdesk's catalogues live (":/i18n" unless overridden for tests).
    static QString catalogueDirectory();
};

} // namespace airdesk::gui
