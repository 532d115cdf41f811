// The catalogues at run time: translations/airdesk_{de,fr,en}.ts compiled with lrelease and
// loaded the way the application loads them. Strings lupdate filed under a namespace, plural
// forms and Qt's own catalogue are all found.
#include "api/ApiError.h"
#include "core/cron/CronDescription.h"
#include "gui/common/ContextFallbackTranslator.h"
#include "gui/common/Translations.h"
#include "models/ScheduleText.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;

class tst_Translations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fallbackContexts();
    void germanEverywhere();
    void frenchPluralsAndNamespaces();
    void englishPlurals();
    void qtOwnCatalogue();

private:
    /// Installs the compiled catalogue for `language`; false when it cannot be loaded.
    bool install(const QString &language);

    QTemporaryDir m_dir;
    QList<QTranslator *> m_installed;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const auto *lang : {"de", "fr", "en"}) {
        const QString ts = QStringLiteral(AIRDESK_SOURCE_DIR) + u"/translations/airdesk_%1.ts"_s.arg(QLatin1StringView(lang));
        const QString qm = m_dir.filePath(u"airdesk_%1.qm"_s.arg(QLatin1StringView(lang)));
        QProcess lrelease;
        lrelease.setProcessChannelMode(QProcess::MergedChannels);
        lrelease.start(QStringLiteral(AIRDESK_LRELEASE), {u"-silent"_s, ts, u"-qm"_s, qm});
        QVERIFY(lrelease.waitForFinished(60000));
        QVERIFY2(lrelease.exitCode() == 0, lrelease.readAll().constData());
    }
}

bool tst_Translations::install(const QString &language)
{
    auto *translator = new gui::ContextFallbackTranslator(this);
    if (!translator->load(m_dir.filePath(u"airdesk_%1.qm"_s.arg(language)))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    m_installed.append(translator);
    return true;
}

void tst_Translations::cleanup()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

void tst_Translations::fallbackContexts()
{
    QCOMPARE(gui::ContextFallbackTranslator::fallbackContexts("airdesk::api::ApiError"),
             (QList<QByteArray>{"airdesk::api", "airdesk", QByteArray()}));
    QCOMPARE(gui::ContextFallbackTranslator::fallbackContexts("CronDescription"),
             (QList<QByteArray>{"airdesk::cron", QByteArray()}));
}

void tst_Translations::germanEverywhere()
{
    QVERIFY(install(u"de"_s));
    // A QObject's own tr().
    QCOMPARE(models::ScheduleText::describe(domain::ConnectionSchedule::manual()), u"Manuell"_s);
    // A local tr() helper in a free function: lupdate filed it under "airdesk::api".
    const api::ApiError error = api::ApiError::configuration(u"x"_s);
    QVERIFY2(error.message().contains(u"Nicht eingerichtet"_s), qPrintable(error.message()));
    // Cron phrases, filed under "airdesk::cron", asked for as "CronDescription"; plurals by n.
    const QString six = cron::CronDescription::describe(u"0 0 */6 * * ?"_s);
    QVERIFY2(six.contains(u"6 Stunden"_s), qPrintable(six));
    const QString monday = cron::CronDescription::describe(u"0 0 9 ? * MON"_s);
    QVERIFY2(monday.contains(u"Montag"_s), qPrintable(monday));
    // Web-UI timings.
    domain::ConnectionSchedule basic;
    basic.type = domain::ConnectionSchedule::Type::Basic;
    basic.basicTiming = u"Every 24 HOURS"_s;
    QCOMPARE(models::ScheduleText::describe(basic), u"Alle 24 Stunden"_s);
}

void tst_Translations::frenchPluralsAndNamespaces()
{
    QVERIFY(install(u"fr"_s));
    QCOMPARE(QCoreApplication::translate("airdesk::gui::ResourceView", "%n item(s)", nullptr, 1), u"1 élément"_s);
    QCOMPARE(QCoreApplication::translate("airdesk::gui::ResourceView", "%n item(s)", nullptr, 0), u"0 élément"_s);
    QCOMPARE(QCoreApplication::translate("airdesk::gui::ResourceView", "%n item(s)", nullptr, 3), u"3 éléments"_s);
    const QString every15 = cron::CronDescription::describe(u"0 */15 * * * ?"_s);
    QVERIFY2(every15.contains(u"15 minutes"_s) && every15.contains(u"toutes"_s, Qt::CaseInsensitive), qPrintable(every15));
}

void tst_Translations::englishPlurals()
{
    QVERIFY(install(u"en"_s));
    QCOMPARE(QCoreApplication::translate("airdesk::gui::ResourceView", "%n item(s)", nullptr, 1), u"1 item"_s);
    QCOMPARE(QCoreApplication::translate("airdesk::gui::ResourceView", "%n item(s)", nullptr, 2), u"2 items"_s);
    // Everything else stays the source text.
    QCOMPARE(models::ScheduleText::describe(domain::ConnectionSchedule::manual()), u"Manual"_s);
}

void tst_Translations::qtOwnCatalogue()
{
    // Qt's buttons come from qtbase_de.qm (qt6-translations-l10n).
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(dir + u"/qtbase_de.qm"_s))
        QSKIP("qtbase_de.qm is not installed (qt6-translations-l10n; scripts/deps.sh installs it)");
    const int installed = gui::Translations::install(QCoreApplication::instance(), QLocale(u"de"_s));
    QVERIFY(installed >= 1); // qtbase; Airdesk's own catalogue lives in the program's resources
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
