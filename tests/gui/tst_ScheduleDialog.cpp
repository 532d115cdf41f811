// ScheduleDialog driven through its real widgets, offscreen: validation that points at a field,
// presets as Quartz, builder/raw sync, the time-zone preview, the Unix fix, the plan warning,
// and applying to a connection of the in-process sandbox (accepted and refused).
#include "ApiTestUtil.h"
#include "SandboxFixture.h"

#include "api/ApiRoots.h"
#include "api/Credentials.h"
#include "api/WorkspaceSession.h"
#include "gui/schedule/ScheduleApplier.h"
#include "core/cron/CronExpression.h"
#include "gui/schedule/ScheduleDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::gui::ScheduleDialog;
using airdesk::test::SandboxFixture;

class tst_ScheduleDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void invalidExpressionPointsAtTheFieldAndDisablesOk();
    void presetsAreQuartz();
    void builderAndRawStayInSync();
    void patternPickerFillsBoth();
    void timeZoneChangesThePreview();
    void unixCronGetsAOneClickFix();
    void planMinimumWarns();
    void manualAndSetSchedule();
    void everyControlHasAnAccessibleName();
    void appliesToASandboxConnection();
    void showsTheServersRefusal();
    void screenshot();

private:
    std::unique_ptr<ScheduleDialog> makeDialog();
    template<typename T>
    static T *child(const ScheduleDialog &d, const char *name)
    {
        return d.findChild<T *>(QString::fromLatin1(name));
    }
    static QPushButton *okButton(const ScheduleDialog &d)
    {
        return child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok);
    }
    static void typeExpression(const ScheduleDialog &d, const QString &text)
    {
        QLineEdit *raw = child<QLineEdit>(d, "expressionLineEdit");
        raw->selectAll();
        QTest::keyClicks(raw, text);
    }
    std::unique_ptr<api::WorkspaceSession> session(SandboxFixture &f);
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_ScheduleDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
}

std::unique_ptr<ScheduleDialog> tst_ScheduleDialog::makeDialog()
{
    auto d = std::make_unique<ScheduleDialog>(m_settings.get());
    // Thursday 2026-01-01 00:00 UTC: every preview below is computed from here.
    d->setNow(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    d->setDisplayTimeZone("UTC");
    return d;
}

std::unique_ptr<api::WorkspaceSession> tst_ScheduleDialog::session(SandboxFixture &f)
{
    return airdesk::test::makeSession(f);
}

void tst_ScheduleDialog::invalidExpressionPointsAtTheFieldAndDisablesOk()
{
    auto d = makeDialog();
    d->show();
    QVERIFY(okButton(*d)->isEnabled());
    typeExpression(*d, u"0 0 25 * * ?"_s);
    QCOMPARE(d->invalidField(), 2);
    QVERIFY(!okButton(*d)->isEnabled());
    QLabel *error = child<QLabel>(*d, "errorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Hours: Hour values must be between 0 and 23"_s);
    QVERIFY(!d->fieldEdit(2)->styleSheet().isEmpty());
    QVERIFY(d->fieldEdit(1)->styleSheet().isEmpty());
    QVERIFY(child<QTableWidget>(*d, "nextRunsTableWidget")->rowCount() == 0);

    typeExpression(*d, u"0 0 12 * FOO ?"_s);
    QCOMPARE(d->invalidField(), 4);
    QVERIFY(d->problem().contains(u"Invalid Month value: 'FOO'"_s));
    typeExpression(*d, u"0 0 12 * * MON"_s); // both day fields given
    QCOMPARE(d->invalidField(), 5);
    QVERIFY(d->problem().contains(u"day-of-week AND a day-of-month"_s));
    typeExpression(*d, u"*/30 0 12 * * ?"_s); // valid Quartz, refused by Airbyte
    QCOMPARE(d->invalidField(), 0);
    QVERIFY(d->problem().contains(u"plain number"_s));
    QVERIFY(!okButton(*d)->isEnabled());

    typeExpression(*d, u"0 0 12 * * ?"_s);
    QCOMPARE(d->invalidField(), -1);
    QVERIFY(!error->isVisible());
    QVERIFY(okButton(*d)->isEnabled());
    QCOMPARE(child<QLabel>(*d, "descriptionLabel")->text(), u"At 12:00 (UTC)"_s);
}

void tst_ScheduleDialog::presetsAreQuartz()
{
    auto d = makeDialog();
    QTest::mouseClick(child<QRadioButton>(*d, "presetRadioButton"), Qt::LeftButton);
    QCOMPARE(d->mode(), ScheduleDialog::Mode::Preset);
    QComboBox *presets = child<QComboBox>(*d, "presetComboBox");
    QVERIFY(presets->isEnabled());
    const QHash<QString, QString> expected{{u"Every 15 minutes"_s, u"0 0/15 * * * ?"_s},
                                           {u"Every hour"_s, u"0 0 * * * ?"_s},
                                           {u"Every 6 hours"_s, u"0 0 0/6 * * ?"_s},
                                           {u"Every 24 hours"_s, u"0 0 0 * * ?"_s}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        presets->setCurrentIndex(presets->findText(it.key()));
        QCOMPARE(d->expression(), it.value());
        QCOMPARE(d->schedule().type, domain::ConnectionSchedule::Type::Cron);
        QCOMPARE(d->schedule().cronExpression, it.value());
        QVERIFY(cron::CronExpression::parse(it.value()).isValid());
    }
    presets->setCurrentIndex(presets->findText(u"Every 6 hours"_s));
    QTableWidget *runs = child<QTableWidget>(*d, "nextRunsTableWidget");
    QCOMPARE(runs->rowCount(), 10);
    QCOMPARE(runs->item(0, 1)->text(), u"Thu 2026-01-01 06:00:00"_s);
    QCOMPARE(runs->item(1, 1)->text(), u"Thu 2026-01-01 12:00:00"_s);
}

void tst_ScheduleDialog::builderAndRawStayInSync()
{
    auto d = makeDialog();
    d->show();
    typeExpression(*d, u"0 30 8 ? * MON-FRI 2027"_s);
    QCOMPARE(d->fieldEdit(1)->text(), u"30"_s);
    QCOMPARE(d->fieldEdit(2)->text(), u"8"_s);
    QCOMPARE(d->fieldEdit(3)->text(), u"?"_s);
    QCOMPARE(d->fieldEdit(5)->text(), u"MON-FRI"_s);
    QCOMPARE(d->fieldEdit(6)->text(), u"2027"_s);

    QLineEdit *hours = d->fieldEdit(2);
    hours->selectAll();
    QTest::keyClicks(hours, u"9-17"_s);
    QCOMPARE(child<QLineEdit>(*d, "expressionLineEdit")->text(), u"0 30 9-17 ? * MON-FRI 2027"_s);
    QLineEdit *year = d->fieldEdit(6);
    year->selectAll();
    QTest::keyClick(year, Qt::Key_Backspace);
    QCOMPARE(d->expression(), u"0 30 9-17 ? * MON-FRI"_s);
    QCOMPARE(child<QLabel>(*d, "descriptionLabel")->text(),
             u"At 30 minutes past the hour, between 09:00 and 17:59, Monday through Friday (UTC)"_s);

    // Emptying a builder field points the error at that field, not at a shifted neighbour.
    QLineEdit *minutes = d->fieldEdit(1);
    minutes->selectAll();
    QTest::keyClick(minutes, Qt::Key_Backspace);
    QCOMPARE(d->invalidField(), 1);
    QVERIFY(!okButton(*d)->isEnabled());
}

void tst_ScheduleDialog::patternPickerFillsBoth()
{
    auto d = makeDialog();
    QComboBox *patterns = child<QComboBox>(*d, "patternComboBox");
    const int index = patterns->findData(u"0 0 18 L * ?"_s);
    QVERIFY(index > 0);
    patterns->setCurrentIndex(index);
    Q_EMIT patterns->activated(index);
    QCOMPARE(d->expression(), u"0 0 18 L * ?"_s);
    QCOMPARE(d->fieldEdit(3)->text(), u"L"_s);
    QCOMPARE(child<QTableWidget>(*d, "nextRunsTableWidget")->item(0, 1)->text(), u"Sat 2026-01-31 18:00:00"_s);
    typeExpression(*d, u"0 0 19 L * ?"_s);
    QCOMPARE(patterns->currentIndex(), 0); // no longer the pattern
}

void tst_ScheduleDialog::timeZoneChangesThePreview()
{
    auto d = makeDialog();
    typeExpression(*d, u"0 0 12 * * ?"_s);
    QTableWidget *runs = child<QTableWidget>(*d, "nextRunsTableWidget");
    QCOMPARE(runs->rowCount(), 10);
    QVERIFY2(runs->item(0, 0)->text().startsWith(u"Thu 2026-01-01 12:00:00"_s), qPrintable(runs->item(0, 0)->text()));
    QComboBox *zones = child<QComboBox>(*d, "timeZoneComboBox");
    const int tokyo = zones->findData(QByteArray("Asia/Tokyo"));
    QVERIFY(tokyo >= 0);
    zones->setCurrentIndex(tokyo);
    // The server runs the schedule at 12:00 UTC; Tokyo (UTC+9) sees it at 21:00.
    QVERIFY2(runs->item(0, 0)->text().startsWith(u"Thu 2026-01-01 21:00:00"_s), qPrintable(runs->item(0, 0)->text()));
    QCOMPARE(runs->item(0, 1)->text(), u"Thu 2026-01-01 12:00:00"_s);
    QCOMPARE(runs->horizontalHeaderItem(0)->text(), u"Asia/Tokyo"_s);
    QVERIFY(child<QLabel>(*d, "utcNoteLabel")->text().contains(u"stores every cron schedule in UTC"_s));
    QVERIFY(zones->findData(QTimeZone::systemTimeZoneId()) >= 0);
}

void tst_ScheduleDialog::unixCronGetsAOneClickFix()
{
    auto d = makeDialog();
    d->show();
    typeExpression(*d, u"0 */6 * * *"_s);
    QVERIFY(!okButton(*d)->isEnabled());
    QPushButton *fix = child<QPushButton>(*d, "unixFixPushButton");
    QVERIFY(fix->isVisible());
    QVERIFY(child<QLabel>(*d, "unixFixLabel")->text().contains(u"0 0 */6 * * ?"_s));
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(d->expression(), u"0 0 */6 * * ?"_s);
    QVERIFY(okButton(*d)->isEnabled());
    QVERIFY(!fix->isVisible());
}

void tst_ScheduleDialog::planMinimumWarns()
{
    auto d = makeDialog();
    d->show();
    typeExpression(*d, u"0 0/15 * * * ?"_s);
    QVERIFY(!d->intervalWarningShown());
    d->setMinimumIntervalMinutes(60);
    QVERIFY(d->intervalWarningShown());
    QVERIFY(child<QLabel>(*d, "intervalWarningLabel")->text().contains(u"at least 1 hour apart"_s));
    QVERIFY(okButton(*d)->isEnabled()); // a warning: the plan in the profile may be out of date
    d->setMinimumIntervalMinutes(15);
    QVERIFY(!d->intervalWarningShown());
}

void tst_ScheduleDialog::manualAndSetSchedule()
{
    auto d = makeDialog();
    QTest::mouseClick(child<QRadioButton>(*d, "manualRadioButton"), Qt::LeftButton);
    QCOMPARE(d->schedule().type, domain::ConnectionSchedule::Type::Manual);
    QVERIFY(!child<QWidget>(*d, "cronGroupBox")->isEnabled());
    QVERIFY(okButton(*d)->isEnabled());

    domain::ConnectionSchedule read = domain::ConnectionSchedule::cron(u"0 0 0/6 * * ?"_s);
    d->setSchedule(read);
    QCOMPARE(d->mode(), ScheduleDialog::Mode::Preset);
    read.cronExpression.clear();
    read.cronExpressionRaw = u"0 15 3 ? * SUN UTC"_s; // as the server reads it back
    d->setSchedule(read);
    QCOMPARE(d->mode(), ScheduleDialog::Mode::Cron);
    QCOMPARE(d->expression(), u"0 15 3 ? * SUN"_s);
    d->setSchedule(domain::ConnectionSchedule::manual());
    QCOMPARE(d->mode(), ScheduleDialog::Mode::Manual);
}

void tst_ScheduleDialog::everyControlHasAnAccessibleName()
{
    auto d = makeDialog();
    QStringList missing;
    const QList<QWidget *> widgets = d->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QAbstractButton *>(w) || qobject_cast<QTableWidget *>(w);
        // Unnamed children are the insides of composite widgets (a combo's view, header buttons).
        if (!control || w->objectName().isEmpty() || w->objectName().startsWith(u"qt_"_s))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if (w->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            missing.append(w->objectName());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void tst_ScheduleDialog::appliesToASandboxConnection()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto s = session(f);
    const QString id = f.server().context().store.connections.ordered().front()->id;
    gui::ScheduleApplier applier(s->connections());
    auto d = makeDialog();
    d->setApplier(&applier, id);
    d->open();
    typeExpression(*d, u"0 45 6 ? * MON-FRI"_s);
    QSignalSpy finished(d.get(), &QDialog::finished);
    QTest::mouseClick(okButton(*d), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QCOMPARE(f.server().context().store.connections.find(id)->cronExpression, u"0 45 6 ? * MON-FRI"_s);
    QCOMPARE(f.server().context().store.connections.find(id)->scheduleType, u"cron"_s);

    auto manual = makeDialog();
    manual->setApplier(&applier, id);
    manual->setMode(ScheduleDialog::Mode::Manual);
    QSignalSpy manualFinished(manual.get(), &QDialog::finished);
    manual->accept();
    QTRY_COMPARE(manualFinished.size(), 1);
    QCOMPARE(f.server().context().store.connections.find(id)->scheduleType, u"manual"_s);
}

void tst_ScheduleDialog::showsTheServersRefusal()
{
    // A plan with a one-hour floor the dialog was not told about: only the server knows.
    SandboxFixture f({u"--min-cron-interval"_s, u"60"_s});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto s = session(f);
    const QString id = f.server().context().store.connections.ordered().front()->id;
    const QString before = f.server().context().store.connections.find(id)->cronExpression;
    gui::ScheduleApplier applier(s->connections());
    QSignalSpy failed(&applier, &gui::ScheduleApplier::failed);
    auto d = makeDialog();
    d->setApplier(&applier, id);
    d->show();
    typeExpression(*d, u"0 0/15 * * * ?"_s);
    QVERIFY(!d->intervalWarningShown());
    QTest::mouseClick(okButton(*d), Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    QLabel *status = child<QLabel>(*d, "applyStatusLabel");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"at least 1 hour apart"_s), qPrintable(status->text()));
    QVERIFY(d->isVisible()); // still open, so the user can fix it
    QVERIFY(okButton(*d)->isEnabled());
    QCOMPARE(f.server().context().store.connections.find(id)->cronExpression, before);
}

void tst_ScheduleDialog::screenshot()
{
    auto d = makeDialog();
    d->setDisplayTimeZone("Europe/Berlin");
    d->setMinimumIntervalMinutes(60);
    d->show();
    typeExpression(*d, u"0 0 12 ? * MON-FRI"_s);
    d->resize(d->sizeHint().expandedTo(QSize(720, 700)));
    const QString path = qEnvironmentVariable("AIRDESK_SCREENSHOT_DIR", QDir::tempPath()) + u"/schedule-dialog.png"_s;
    QVERIFY(d->grab().save(path));
    typeExpression(*d, u"0 0 * * *"_s);
    QVERIFY(d->grab().save(QString(path).replace(u".png"_s, u"-unix.png"_s)));
}

QTEST_MAIN(tst_ScheduleDialog)
#include "tst_ScheduleDialog.moc"
