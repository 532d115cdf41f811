// ManifestEditor offscreen: validation as you type marks the offending lines and lists the
// problems (a click jumps to the line), fixing the text clears them, unsaved edits are
// autosaved and restored, find and replace work.
#include "gui/definitions/ManifestEditor.h"

#include "core/manifest/DeclarativeSchema.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace airdesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kData = QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/manifests");

} // namespace

class tst_ManifestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markersAndProblems();
    void structuralOnlySaysSo();
    void autosaveAndRestore();
    void findAndReplace();

private:
    std::shared_ptr<const manifest::DeclarativeSchema> m_schema;
};

void tst_ManifestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const QString path = QStringLiteral(AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml");
    if (QFile::exists(path))
        m_schema = manifest::DeclarativeSchema::fromFile(path, &error);
}

void tst_ManifestEditor::markersAndProblems()
{
    if (!m_schema)
        QSKIP("No declarative component schema at " AIRDESK_SHARED_DIR "/airbyte");
    gui::ManifestEditor editor{manifest::ManifestValidator(m_schema)};
    editor.resize(900, 600);
    editor.show();
    editor.setValidationDelay(20);
    QSignalSpy validated(&editor, &gui::ManifestEditor::validated);
    // pets.yaml with an unknown paginator type; the paginator is written on line 26.
    QByteArray text = readAll(kData + u"/valid/pets.yaml"_s);
    text.replace("type: DefaultPaginator", "type: PagePaginator");
    editor.setText(text);
    QVERIFY(validated.wait(10000));
    QCOMPARE(editor.markedLines(), QList<int>{26});
    // Both streams share the faulty definition: two problems, one line.
    QCOMPARE(editor.problemsList()->topLevelItemCount(), 2);
    QCOMPARE(editor.problemsList()->topLevelItem(1)->text(1), u"streams[1].retriever.paginator"_s);
    QTreeWidgetItem *item = editor.problemsList()->topLevelItem(0);
    QCOMPARE(item->text(0), u"26"_s);
    QCOMPARE(item->text(1), u"streams[0].retriever.paginator"_s);
    QVERIFY(item->text(2).startsWith(u"unknown component type 'PagePaginator'"_s));
    QVERIFY2(editor.statusLabel()->text().contains(u"2 problem"_s), qPrintable(editor.statusLabel()->text()));
    (void)editor.grab().save(u"/tmp/manifest-editor.png"_s);

    // Clicking the problem puts the cursor on its line.
    QCOMPARE(editor.cursorLine(), 1);
    const QRect rect = editor.problemsList()->visualItemRect(item);
    QTest::mouseClick(editor.problemsList()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(editor.cursorLine(), 26);

    // Typing the fix (through the keyboard, as a person would) clears marker and list.
    editor.setText(readAll(kData + u"/valid/pets.yaml"_s));
    QVERIFY(validated.wait(10000));
    QVERIFY(editor.markedLines().isEmpty());
    QCOMPARE(editor.problemsList()->topLevelItemCount(), 0);
    QVERIFY(editor.statusLabel()->text().startsWith(u"Valid."_s));
    // Line 3 is "version: 6.44.0"; make it "xversion: 6.44.0".
    editor.textWidget()->setFocus();
    QTest::keyClick(editor.textWidget(), Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(editor.textWidget(), Qt::Key_Down);
    QTest::keyClick(editor.textWidget(), Qt::Key_Down);
    QTest::keyClicks(editor.textWidget(), u"x"_s);
    QVERIFY(editor.text().contains("\nxversion: 6.44.0\n"));
    QVERIFY(validated.wait(10000));
    QCOMPARE(editor.markedLines(), QList<int>{3});
    QCOMPARE(editor.problemsList()->topLevelItemCount(), 2); // unknown 'xversion', missing 'version'
}

void tst_ManifestEditor::structuralOnlySaysSo()
{
    gui::ManifestEditor editor{manifest::ManifestValidator()};
    editor.setValidationDelay(20);
    QSignalSpy validated(&editor, &gui::ManifestEditor::validated);
    editor.setText(readAll(kData + u"/broken/bad_indentation.yaml"_s));
    QVERIFY(validated.wait(10000));
    QCOMPARE(editor.markedLines(), QList<int>{8});
    editor.setText(readAll(kData + u"/valid/pets.yaml"_s));
    QVERIFY(validated.wait(10000));
    QVERIFY(editor.markedLines().isEmpty());
    QVERIFY2(editor.statusLabel()->text().contains(u"schema not available: structural checks only"_s),
             qPrintable(editor.statusLabel()->text()));
}

void tst_ManifestEditor::autosaveAndRestore()
{
    const QString key = u"new-definition"_s;
    QFile::remove(gui::ManifestEditor::autosavePath(key));
    {
        gui::ManifestEditor editor{manifest::ManifestValidator()};
        editor.setAutosaveDelay(20);
        editor.setAutosaveKey(key);
        editor.setText("version: 6.44.0\n");
        QTest::qWait(60);
        QVERIFY(!QFile::exists(gui::ManifestEditor::autosavePath(key))); // loading is not an edit
        editor.show();
        QTest::keyClicks(editor.textWidget(), u"# draft"_s);
        QTRY_VERIFY(QFile::exists(gui::ManifestEditor::autosavePath(key)));
        QVERIFY(readAll(gui::ManifestEditor::autosavePath(key)).contains("# draft"));
    } // as if the application went away with the edits unpublished
    gui::ManifestEditor reopened{manifest::ManifestValidator()};
    reopened.setAutosaveKey(key);
    QVERIFY(reopened.restoreAutosave());
    QVERIFY(reopened.text().contains("# draft"));
    QVERIFY(reopened.text().contains("version: 6.44.0"));
    reopened.discardAutosave();
    QVERIFY(!QFile::exists(gui::ManifestEditor::autosavePath(key)));
    QVERIFY(!reopened.restoreAutosave());
}

void tst_ManifestEditor::findAndReplace()
{
    gui::ManifestEditor editor{manifest::ManifestValidator()};
    editor.show();
    editor.setText("a: old\nb: old\nc: older\n");
    editor.showFindBar();
    auto *find = editor.findChildren<QLineEdit *>().value(0);
    auto *replace = editor.findChildren<QLineEdit *>().value(1);
    QVERIFY(find && replace);
    find->setText(u"old"_s);
    replace->setText(u"new"_s);
    const auto buttons = editor.findChildren<QPushButton *>();
    QPushButton *replaceAll = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == u"Replace all"_s)
            replaceAll = b;
    QVERIFY(replaceAll);
    replaceAll->click();
    QCOMPARE(editor.text(), QByteArray("a: new\nb: new\nc: newer\n"));
    QVERIFY(editor.statusLabel()->text().contains(u"3"_s));
}

QTEST_MAIN(tst_ManifestEditor)
#include "tst_ManifestEditor.moc"
