// Keyboard and screen-reader access beyond the connections table: every tab of the main
// window, the profile dialog and the preferences dialog are walked with Tab, and each widget
// that takes focus must have an accessible name; the standard shortcuts exist and the
// shortcuts overview lists them.
#include "ApiTestUtil.h"
#include "SandboxFixture.h"

#include "api/ApiRoots.h"
#include "api/Credentials.h"
#include "api/WorkspaceSession.h"
#include "gui/MainWindow.h"
#include "gui/common/PreferencesDialog.h"
#include "gui/common/ShortcutsDialog.h"
#include "gui/profiles/ProfileDialog.h"
#include "sandbox/SandboxServer.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::test::SandboxFixture;
using airdesk::test::makeSession;

namespace {

struct Walk
{
    QList<QWidget *> visited;
    QStringList unnamed;
    bool cameBack = false;
};

/// Tabs from `start` until the focus reaches a widget it saw before (or 150 steps), noting
/// unnamed widgets.
Walk tabWalk(QWidget *start)
{
    Walk walk;
    start->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    if (!QApplication::focusWidget())
        return walk;
    for (int i = 0; i < 150; ++i) {
        QWidget *w = QApplication::focusWidget();
        if (!w)
            break;
        if (walk.visited.contains(w)) {
            walk.cameBack = true; // the focus chain closed into a circle
            break;
        }
        {
            walk.visited.append(w);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                walk.unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u'/' + w->objectName());
        }
        QTest::keyClick(w, Qt::Key_Tab);
    }
    return walk;
}

QWidget *firstFocusable(QWidget *page)
{
    const QList<QWidget *> children = page->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isVisible() && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus))
            return child;
    }
    return nullptr;
}

} // namespace

class tst_KeyboardAccess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTabIsNamedForScreenReaders();
    void profileDialogIsNamed();
    void preferencesDialogIsNamed();
    void standardShortcutsExist();
};

void tst_KeyboardAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AirdeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_KeyboardAccess"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
}

void tst_KeyboardAccess::everyTabIsNamedForScreenReaders()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    QTabWidget *tabs = window.tabs();
    QVERIFY(tabs->count() >= 3);
    QStringList problems;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(200); // tabs that load when first shown
        QWidget *start = firstFocusable(tabs->currentWidget());
        if (!start) {
            problems.append(u"tab %1 has nothing to focus"_s.arg(tabs->tabText(i)));
            continue;
        }
        const Walk walk = tabWalk(start);
        for (const QString &w : walk.unnamed)
            problems.append(u"%1: %2"_s.arg(tabs->tabText(i), w));
        if (!walk.cameBack)
            problems.append(u"%1: Tab does not come back around"_s.arg(tabs->tabText(i)));
        if (walk.visited.size() < 2)
            problems.append(u"%1: Tab reaches only %2 widget(s)"_s.arg(tabs->tabText(i)).arg(walk.visited.size()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void tst_KeyboardAccess::profileDialogIsNamed()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    gui::ProfileDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QWidget *start = firstFocusable(&dialog);
    QVERIFY(start);
    const Walk walk = tabWalk(start);
    QVERIFY(walk.visited.size() >= 4);
    QVERIFY2(walk.unnamed.isEmpty(), qPrintable(walk.unnamed.join(u", "_s)));
}

void tst_KeyboardAccess::preferencesDialogIsNamed()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    gui::PreferencesDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Walk walk = tabWalk(dialog.languageComboBox());
    QVERIFY(walk.visited.contains(dialog.languageComboBox()));
    QVERIFY(walk.visited.contains(dialog.appearanceComboBox()));
    QVERIFY2(walk.unnamed.isEmpty(), qPrintable(walk.unnamed.join(u", "_s)));
}

void tst_KeyboardAccess::standardShortcutsExist()
{
    QSettings().clear();
    gui::MainWindow window; // with its menus and resource actions, no session needed
    const QList<QStringList> rows = gui::ShortcutsDialog::shortcutRows(&window);
    QStringList listed;
    for (const QStringList &row : rows)
        listed.append(row.at(2).split(u", "_s));
    const QKeySequence::StandardKey wanted[] = {QKeySequence::Find, QKeySequence::Refresh, QKeySequence::Delete,
                                                QKeySequence::Quit, QKeySequence::Undo};
    for (const auto key : wanted) {
        const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
        if (bindings.isEmpty())
            continue; // the platform has none for it
        QVERIFY2(listed.contains(bindings.first().toString(QKeySequence::NativeText)),
                 qPrintable(u"%1 is not in the overview: %2"_s.arg(bindings.first().toString(), listed.join(u" | "_s))));
    }
    // Preferences falls back to Ctrl+, where the platform has no binding.
    const QList<QKeySequence> prefs = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence pref = prefs.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : prefs.first();
    QVERIFY(listed.contains(pref.toString(QKeySequence::NativeText)));
    gui::ShortcutsDialog dialog(&window);
    dialog.show();
    QVERIFY(dialog.table()->rowCount() >= 6);
    dialog.grab().save(u"/tmp/airdesk-shortcuts.png"_s);
}

QTEST_MAIN(tst_KeyboardAccess)
#include "tst_KeyboardAccess.moc"
