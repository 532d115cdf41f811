// Date fields of the spec-driven form: which fields get a Calendar button, and that the
// calendar popup writes the date (and UTC time) in the layout the field's pattern requires,
// while the text stays editable. Uses the project's own sample tests/data/specs/date-fields.json.
#include "gui/forms/DatePickerPopup.h"
#include "gui/forms/SpecForm.h"
#include "gui/forms/TextField.h"

#include <QCalendarWidget>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace airdesk;

namespace {

QJsonObject dateSpec()
{
    QFile f(QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/specs/date-fields.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

gui::TextField *textField(gui::SpecForm &form, const QString &path)
{
    return qobject_cast<gui::TextField *>(form.field(path));
}

/// Opens the field's calendar and returns its popup.
gui::DatePickerPopup *openCalendar(gui::TextField *field)
{
    if (!field || !field->calendarButton())
        return nullptr;
    field->calendarButton()->click();
    return field->calendarPopup();
}

/// With AIRDESK_SCREENSHOT_DIR set, pictures for a person to look at.
void snapshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AIRDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class tst_DateField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calendarOnlyOnDateFields();
    void datePickWritesPatternLayout();
    void dateTimePickWritesUtcWithTime();
    void millisecondPatternGetsMilliseconds();
    void textStaysEditable();
};

void tst_DateField::calendarOnlyOnDateFields()
{
    gui::SpecForm form;
    QVERIFY(form.setSpecification(dateSpec()));
    for (const QString &path : {u"$.start_date"_s, u"$.replicate_from"_s, u"$.end_date"_s, u"$.cutoff"_s,
                                u"$.report_day"_s}) {
        gui::TextField *field = textField(form, path);
        QVERIFY2(field, qPrintable(path));
        QVERIFY2(field->calendarButton(), qPrintable(path));
        QVERIFY(!field->calendarButton()->accessibleName().isEmpty());
    }
    for (const QString &path : {u"$.account_code"_s, u"$.notes"_s}) {
        gui::TextField *field = textField(form, path);
        QVERIFY2(field, qPrintable(path));
        QVERIFY2(!field->calendarButton(), qPrintable(path));
    }
    // The placeholder shows the layout by example.
    QCOMPARE(textField(form, u"$.report_day"_s)->findChild<QLineEdit *>()->placeholderText(), u"20240131"_s);
}

void tst_DateField::datePickWritesPatternLayout()
{
    gui::SpecForm form;
    QVERIFY(form.setSpecification(dateSpec()));
    form.resize(640, 600);
    form.show();
    gui::TextField *field = textField(form, u"$.start_date"_s);
    field->setValue(u"2023-05-17"_s);
    QSignalSpy edited(&form, &gui::SpecForm::edited);
    gui::DatePickerPopup *popup = openCalendar(field);
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(!popup->timeEdit()); // a date only
    QCOMPARE(popup->calendar()->selectedDate(), QDate(2023, 5, 17)); // opens on the current value
    snapshot(popup, u"date-picker"_s);
    popup->calendar()->setSelectedDate(QDate(2022, 12, 1));
    auto *view = popup->calendar()->findChild<QTableView *>();
    QVERIFY(view);
    QTest::keyClick(view, Qt::Key_Return); // the user picks the selected day
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(form.value().value(u"start_date"_s).toString(), u"2022-12-01"_s);
    QVERIFY(edited.size() >= 1);
    form.validateNow();
    QVERIFY2(form.isValid(), qPrintable(form.summaryText()));

    // The compact layout comes out without dashes; an empty field opens on today.
    gui::TextField *compact = textField(form, u"$.report_day"_s);
    popup = openCalendar(compact);
    QVERIFY(popup);
    QCOMPARE(popup->calendar()->selectedDate(), QDate::currentDate());
    popup->calendar()->setSelectedDate(QDate(2021, 3, 4));
    QTest::keyClick(popup->calendar()->findChild<QTableView *>(), Qt::Key_Enter);
    QCOMPARE(form.value().value(u"report_day"_s).toString(), u"20210304"_s);
}

void tst_DateField::dateTimePickWritesUtcWithTime()
{
    gui::SpecForm form;
    QVERIFY(form.setSpecification(dateSpec()));
    form.show();
    gui::TextField *field = textField(form, u"$.replicate_from"_s);
    field->setValue(u"2020-01-02T03:04:05Z"_s);
    gui::DatePickerPopup *popup = openCalendar(field);
    QVERIFY(popup);
    QVERIFY(popup->timeEdit());
    QCOMPARE(popup->calendar()->selectedDate(), QDate(2020, 1, 2));
    QCOMPARE(popup->timeEdit()->time(), QTime(3, 4, 5));
    snapshot(popup, u"date-time-picker"_s);
    popup->calendar()->setSelectedDate(QDate(2024, 2, 29));
    popup->timeEdit()->setTime(QTime(13, 45, 0));
    popup->setButton()->click();
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(form.value().value(u"replicate_from"_s).toString(), u"2024-02-29T13:45:00Z"_s);
    form.field(u"$.start_date"_s)->setValue(u"2024-01-01"_s);
    form.validateNow();
    QVERIFY2(form.isValid(), qPrintable(form.summaryText()));
}

void tst_DateField::millisecondPatternGetsMilliseconds()
{
    gui::SpecForm form;
    QVERIFY(form.setSpecification(dateSpec()));
    form.show();
    gui::DatePickerPopup *popup = openCalendar(textField(form, u"$.cutoff"_s));
    QVERIFY(popup);
    popup->calendar()->setSelectedDate(QDate(2019, 7, 8));
    popup->timeEdit()->setTime(QTime(23, 59, 58));
    popup->setButton()->click();
    QCOMPARE(form.value().value(u"cutoff"_s).toString(), u"2019-07-08T23:59:58.000Z"_s);
    form.field(u"$.start_date"_s)->setValue(u"2024-01-01"_s);
    form.validateNow();
    QVERIFY2(form.isValid(), qPrintable(form.summaryText()));
}

void tst_DateField::textStaysEditable()
{
    gui::SpecForm form;
    QVERIFY(form.setSpecification(dateSpec()));
    form.show();
    gui::TextField *field = textField(form, u"$.start_date"_s);
    QLineEdit *edit = field->findChild<QLineEdit *>();
    QVERIFY(edit && !edit->isReadOnly());
    QTest::keyClicks(edit, u"2024-1-5"_s);
    QCOMPARE(form.value().value(u"start_date"_s).toString(), u"2024-1-5"_s);
    form.validateNow();
    QVERIFY(!form.isValid()); // typed text is still checked against the pattern
    // A value the calendar cannot read opens it on today, and a pick replaces the text.
    gui::DatePickerPopup *popup = openCalendar(field);
    QCOMPARE(popup->calendar()->selectedDate(), QDate::currentDate());
    popup->calendar()->setSelectedDate(QDate(2024, 1, 15));
    QTest::keyClick(popup->calendar()->findChild<QTableView *>(), Qt::Key_Return);
    QCOMPARE(edit->text(), u"2024-01-15"_s);
    form.validateNow();
    QVERIFY2(form.isValid(), qPrintable(form.summaryText()));
}

QTEST_MAIN(tst_DateField)
#include "tst_DateField.moc"
