// The translation catalogues are complete: lupdate (as the project runs it) is run over the
// sources into temporary copies of translations/airdesk_{de,fr,en}.ts, and every string must
// be translated and finished, keep its placeholders (%1, %n, …), keep an accelerator when
// the source has one, and fill every plural form. The missing strings are printed.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one per plural form, or one
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(path);
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                current = Message{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false, {}};
                inMessage = true;
            } else if (name == "source"_L1 && inMessage) {
                current.source = xml.readElementText();
            } else if (name == "translation"_L1 && inMessage) {
                const auto type = xml.attributes().value("type"_L1);
                // Strings that left the sources are not wanted; lupdate marks them.
                if (type == "vanished"_L1 || type == "obsolete"_L1) {
                    inMessage = false;
                    xml.skipCurrentElement();
                    continue;
                }
                current.unfinished = type == "unfinished"_L1;
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == "numerusform"_L1 && inMessage) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            if (inMessage)
                messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = u"%1: %2 at line %3"_s.arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(?:n|L?\\d+)"_s);
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured().remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(u"&(?![&\\s]|[a-z]+;)"_s);
    return re.match(text).hasMatch();
}

} // namespace

class tst_TranslationsComplete final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void checkerCatchesMistakes();

private:
    QTemporaryDir m_dir;
    bool m_updated = false;
};

void tst_TranslationsComplete::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString sources = QStringLiteral(AIRDESK_SOURCE_DIR);
    const auto copy = [&](const QString &lang) {
        const QString name = u"airdesk_%1.ts"_s.arg(lang);
        const QString target = m_dir.filePath(name);
        if (!QFile::copy(sources + u"/translations/"_s + name, target))
            return QString();
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    };
    const QString de = copy(u"de"_s);
    const QString fr = copy(u"fr"_s);
    const QString en = copy(u"en"_s);
    QVERIFY2(!de.isEmpty() && !fr.isEmpty() && !en.isEmpty(), "translations/airdesk_{de,fr,en}.ts are missing");
    // The same runs as translations/README.md: de and fr hold every string, en only plurals.
    const QStringList common{u"-no-ui-lines"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s,
                             sources + u"/src"_s, sources + u"/ui"_s};
    for (const QStringList &extra : {QStringList{u"-ts"_s, de, fr}, QStringList{u"-pluralonly"_s, u"-ts"_s, en}}) {
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(AIRDESK_LUPDATE), common + extra);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());
    }
    m_updated = true;
}

void tst_TranslationsComplete::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<bool>("onlyPlurals");
    QTest::addColumn<int>("atLeast"); // catches lupdate reading the wrong folder
    QTest::newRow("de") << u"de"_s << 2 << false << 500;
    QTest::newRow("fr") << u"fr"_s << 2 << false << 500;
    QTest::newRow("en") << u"en"_s << 2 << true << 10;
}

void tst_TranslationsComplete::complete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QFETCH(bool, onlyPlurals);
    QFETCH(int, atLeast);
    QVERIFY(m_updated);
    QString error;
    const QList<Message> messages = readCatalogue(m_dir.filePath(u"airdesk_%1.ts"_s.arg(language)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() >= atLeast, "lupdate found too few strings: is the source folder right?");

    QStringList problems;
    for (const Message &m : messages) {
        if (onlyPlurals && !m.numerus)
            continue;
        const QString where = u"[%1] \"%2\""_s.arg(m.context, m.source);
        if (m.unfinished || m.translations.isEmpty() || m.translations.contains(QString())) {
            problems.append(where + u": missing or unfinished"_s);
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms)
            problems.append(where + u": %1 plural forms, %2 wanted"_s.arg(m.translations.size()).arg(pluralForms));
        for (const QString &t : m.translations) {
            // A plural form may leave out %n (German "eine Verbindung"), but not other arguments.
            QStringList want = placeholders(m.source);
            QStringList have = placeholders(t);
            if (m.numerus) {
                want.removeAll(u"%n"_s);
                have.removeAll(u"%n"_s);
            }
            if (want != have)
                problems.append(where + u": placeholders %1 in \"%2\", %3 wanted"_s.arg(have.join(u' '), t, want.join(u' ')));
            if (hasAccelerator(m.source) && !hasAccelerator(t))
                problems.append(where + u": the accelerator (&) is lost in \"%1\""_s.arg(t));
        }
    }
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << language << problem;
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s) in airdesk_%2.ts (listed above); update with the command in "
                        "translations/README.md"_s.arg(problems.size()).arg(language)));
}

void tst_TranslationsComplete::checkerCatchesMistakes()
{
    // The checks themselves: a lost placeholder or accelerator is seen.
    QCOMPARE(placeholders(u"Delete %1 of %2?"_s), (QStringList{u"%1"_s, u"%2"_s}));
    QCOMPARE(placeholders(u"%L1 rows, %n item(s)"_s), (QStringList{u"%1"_s, u"%n"_s}));
    QVERIFY(hasAccelerator(u"&File"_s));
    QVERIFY(!hasAccelerator(u"Sources &amp; destinations"_s));
    QVERIFY(!hasAccelerator(u"Tom & Jerry"_s));
    QVERIFY(!hasAccelerator(u"Tom && Jerry"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.ts"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?><TS version=\"2.1\" language=\"de\"><context><name>C</name>"
               "<message><source>Open %1</source><translation type=\"unfinished\"></translation></message>"
               "<message numerus=\"yes\"><source>%n file(s)</source><translation>"
               "<numerusform>%n Datei</numerusform><numerusform>%n Dateien</numerusform></translation></message>"
               "<message><source>Old</source><translation type=\"vanished\">Alt</translation></message>"
               "</context></TS>");
    file.close();
    QString error;
    const QList<Message> messages = readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.at(0).unfinished);
    QCOMPARE(messages.at(1).translations, (QStringList{u"%n Datei"_s, u"%n Dateien"_s}));
}

QTEST_GUILESS_MAIN(tst_TranslationsComplete)
#include "tst_TranslationsComplete.moc"
