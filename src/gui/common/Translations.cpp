#include "Translations.h"

#include "ContextFallbackTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "airdesk.gui.translations")

namespace airdesk::gui {

QLocale Translations::localeFor(const QString &language)
{
    if (language.isEmpty())
        return QLocale::system();
    return QLocale(language);
}

QString Translations::catalogueDirectory()
{
    return u":/i18n"_s;
}

int Translations::install(QCoreApplication *app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    int installed = 0;
    const auto load = [&](const QString &name, const QString &directory) {
        auto *translator = new ContextFallbackTranslator(app);
        if (translator->load(locale, name, u"_"_s, directory) && QCoreApplication::installTranslator(translator)) {
            ++installed;
            qCDebug(lcTranslations) << "loaded" << translator->filePath();
        } else {
            qCDebug(lcTranslations) << "no" << name << "catalogue for" << locale.uiLanguages();
            delete translator;
        }
    };
    load(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(u"airdesk"_s, catalogueDirectory());
    return installed;
}

} // namespace airdesk::gui
