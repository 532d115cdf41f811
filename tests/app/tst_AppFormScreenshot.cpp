// `airdesk --screenshot FILE --form SPEC.json`: the real GUI executable, offscreen, with a
// temporary HOME and XDG folders so no user settings are read or touched. A usable spec gives
// exit 0 and a PNG of sensible size that is not one flat colour; a spec it cannot use gives
// exit 3, a message on stderr and no picture.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_AppFormScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersSampleSpecs_data();
    void rendersSampleSpecs();
    void refusesUnusableSpecs_data();
    void refusesUnusableSpecs();
    void formNeedsScreenshotFile();

private:
    struct Run
    {
        int code = -1;
        QString err;
    };
    Run run(const QStringList &args);

    QTemporaryDir m_home;
    QTemporaryDir m_out;
};

void tst_AppFormScreenshot::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_out.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(AIRDESK_APP_EXE)), AIRDESK_APP_EXE);
}

tst_AppFormScreenshot::Run tst_AppFormScreenshot::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(u"AIRBYTE_"_s) || key.startsWith(u"AIRDESK_"_s))
            env.remove(key);
    const QDir home(m_home.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
    (void)home.mkpath(u"runtime"_s);
    QFile::setPermissions(home.filePath(u"runtime"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                           | QFileDevice::ExeOwner);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AIRDESK_APP_EXE), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void tst_AppFormScreenshot::rendersSampleSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("form keywords") << QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/form-keywords.json");
    QTest::newRow("date fields") << QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/date-fields.json");
    QTest::newRow("sandbox postgres source")
        << QStringLiteral(AIRDESK_SOURCE_DIR "/resources/sandbox/connectors/specs/source-postgres.json");
}

void tst_AppFormScreenshot::rendersSampleSpecs()
{
    QFETCH(QString, spec);
    const QString png = m_out.filePath(QFileInfo(spec).completeBaseName() + u".png"_s);
    QFile::remove(png);
    const Run r = run({u"--screenshot"_s, png, u"--form"_s, spec});
    QVERIFY2(r.code == 0, qPrintable(u"exit %1: %2"_s.arg(r.code).arg(r.err)));
    QImage image;
    QVERIFY2(image.load(png, "PNG"), qPrintable(png));
    // The form is pictured whole: at least the minimum width, a heading and a few rows high, not absurd.
    QVERIFY2(image.width() >= 720 && image.width() <= 4000, qPrintable(QString::number(image.width())));
    QVERIFY2(image.height() >= 120 && image.height() <= 20000, qPrintable(QString::number(image.height())));
    // Text and inputs, not one flat colour: many distinct colours, and a good share of the
    // picture differs from its most common (background) colour.
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    QVERIFY2(counts.size() > 16, qPrintable(QString::number(counts.size())));
    int total = 0;
    int most = 0;
    for (const int c : std::as_const(counts)) {
        total += c;
        most = std::max(most, c);
    }
    QVERIFY2(total - most > total / 50, "almost all of the picture is the background colour");
    if (const QString dir = qEnvironmentVariable("AIRDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(png, QDir(dir).filePath(u"app-form-"_s + QFileInfo(png).fileName()));
}

void tst_AppFormScreenshot::refusesUnusableSpecs_data()
{
    QTest::addColumn<QString>("content"); // written to a file; "<missing>": no file at all
    QTest::addColumn<QString>("expected"); // part of the message on stderr
    QTest::newRow("missing file") << u"<missing>"_s << u"Cannot read"_s;
    QTest::newRow("not JSON") << u"{ this is not json"_s << u"is not a JSON object"_s;
    QTest::newRow("array") << u"[1, 2]"_s << u"the top level is not an object"_s;
    QTest::newRow("not an object schema") << uR"({"type": "string", "title": "Just text"})"_s
                                          << u"cannot be used as a connector form"_s;
}

void tst_AppFormScreenshot::refusesUnusableSpecs()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);
    const QString spec = m_out.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".json"_s);
    QFile::remove(spec);
    if (content != u"<missing>"_s) {
        QFile f(spec);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
    }
    const QString png = m_out.filePath(u"refused.png"_s);
    QFile::remove(png);
    const Run r = run({u"--screenshot"_s, png, u"--form"_s, spec});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.contains(QFileInfo(spec).fileName()), qPrintable(r.err)); // names the file
    QVERIFY(!QFile::exists(png));
}

void tst_AppFormScreenshot::formNeedsScreenshotFile()
{
    const Run r = run({u"--form"_s, QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/form-keywords.json")});
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(tst_AppFormScreenshot)
#include "tst_AppFormScreenshot.moc"
