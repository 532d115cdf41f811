#include "gui/definitions/ManifestEditor.h"

#include "gui/definitions/ManifestValidationRunner.h"
#include "gui/definitions/Scintilla.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>


#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

constexpr int kErrorMarker = 0;
constexpr int kNumberMargin = 0;
constexpr int kMarkerMargin = 1;
enum ProblemColumn { LineColumn, PathColumn, MessageColumn };
constexpr int kLineRole = Qt::UserRole + 1;
constexpr int kColumnRole = Qt::UserRole + 2;

} // namespace

ManifestEditor::ManifestEditor(manifest::ManifestValidator validator, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QsciScintilla(this))
    , m_problems(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_findBar(new QWidget(this))
    , m_findText(new QLineEdit(m_findBar))
    , m_replaceText(new QLineEdit(m_findBar))
    , m_validateTimer(new QTimer(this))
    , m_autosaveTimer(new QTimer(this))
    , m_runner(new ManifestValidationRunner(std::move(validator), this))
{
    auto *lexer = new QsciLexerYAML(m_edit);
    lexer->setFoldComments(true);
    m_edit->setLexer(lexer);
    m_edit->setUtf8(true);
    m_edit->setIndentationsUseTabs(false);
    m_edit->setIndentationWidth(2);
    m_edit->setAutoIndent(true);
    m_edit->setMarginType(kNumberMargin, QsciScintilla::NumberMargin);
    m_edit->setMarginLineNumbers(kNumberMargin, true);
    m_edit->setMarginWidth(kNumberMargin, u"00000"_s);
    m_edit->setMarginType(kMarkerMargin, QsciScintilla::SymbolMargin);
    m_edit->setMarginWidth(kMarkerMargin, 14);
    m_edit->setMarginMarkerMask(kMarkerMargin, 1 << kErrorMarker);
    m_edit->markerDefine(QsciScintilla::Circle, kErrorMarker);
    m_edit->setMarkerBackgroundColor(QColor(0xd3, 0x2f, 0x2f), kErrorMarker);
    m_edit->setMarkerForegroundColor(QColor(0x8e, 0x1b, 0x1b), kErrorMarker);
    m_edit->setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    m_edit->setBraceMatching(QsciScintilla::SloppyBraceMatch);

    m_problems->setColumnCount(3);
    m_problems->setHeaderLabels({tr("Line"), tr("Path"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->header()->setStretchLastSection(true);
    m_problems->setObjectName(u"problemsTreeWidget"_s);
    m_problems->setAccessibleName(tr("Problems in the manifest"));
    m_status->setObjectName(u"validationStatusLabel"_s);
    m_edit->setObjectName(u"manifestScintilla"_s);
    m_edit->setAccessibleName(tr("Manifest (YAML)"));
    m_edit->setAccessibleDescription(tr("The declarative connector manifest; problems are marked in the margin"));

    // Find and replace.
    m_findText->setPlaceholderText(tr("Find"));
    m_replaceText->setPlaceholderText(tr("Replace with"));
    auto *next = new QPushButton(tr("Find next"), m_findBar);
    auto *replace = new QPushButton(tr("Replace"), m_findBar);
    auto *replaceAll = new QPushButton(tr("Replace all"), m_findBar);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findText);
    findLayout->addWidget(next);
    findLayout->addWidget(m_replaceText);
    findLayout->addWidget(replace);
    findLayout->addWidget(replaceAll);
    m_findBar->hide();
    connect(next, &QPushButton::clicked, this, &ManifestEditor::findNext);
    connect(m_findText, &QLineEdit::returnPressed, this, &ManifestEditor::findNext);
    connect(replace, &QPushButton::clicked, this, &ManifestEditor::replaceOne);
    connect(replaceAll, &QPushButton::clicked, this, &ManifestEditor::replaceAll);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, &ManifestEditor::showFindBar);
    auto *closeFind = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar);
    connect(closeFind, &QShortcut::activated, m_findBar, &QWidget::hide);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_edit);
    splitter->addWidget(m_problems);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(400);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(1000);
    connect(m_validateTimer, &QTimer::timeout, this, &ManifestEditor::startValidation);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ManifestEditor::writeAutosave);
    connect(m_edit, &QsciScintilla::textChanged, this, &ManifestEditor::onTextChanged);
    connect(m_problems, &QTreeWidget::itemClicked, this, &ManifestEditor::goToProblem);
    connect(m_problems, &QTreeWidget::itemActivated, this, &ManifestEditor::goToProblem);
    connect(m_runner, &ManifestValidationRunner::finished, this, &ManifestEditor::showResult);
}

ManifestEditor::~ManifestEditor()
{
    if (m_autosaveTimer->isActive())
        writeAutosave();
}

void ManifestEditor::setText(const QByteArray &yaml)
{
    m_settingText = true;
    m_edit->setText(QString::fromUtf8(yaml));
    m_settingText = false;
    m_autosaveTimer->stop();
    m_validateTimer->start();
}

QByteArray ManifestEditor::text() const
{
    return m_edit->text().toUtf8();
}

QWidget *ManifestEditor::textWidget() const
{
    return m_edit;
}

QList<int> ManifestEditor::markedLines() const
{
    QList<int> lines;
    for (int line = m_edit->markerFindNext(0, 1 << kErrorMarker); line >= 0;
         line = m_edit->markerFindNext(line + 1, 1 << kErrorMarker))
        lines.append(line + 1);
    return lines;
}

int ManifestEditor::cursorLine() const
{
    int line = 0;
    int index = 0;
    m_edit->getCursorPosition(&line, &index);
    return line + 1;
}

void ManifestEditor::setAutosaveKey(const QString &key)
{
    if (m_autosaveTimer->isActive())
        writeAutosave(); // the previous key's edits first
    m_autosaveKey = key;
}

QString ManifestEditor::autosavePath(const QString &key)
{
    QString safe = key;
    for (QChar &c : safe) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            c = u'_';
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"manifest-autosave/"_s + safe + u".yaml"_s);
}

bool ManifestEditor::restoreAutosave()
{
    if (m_autosaveKey.isEmpty())
        return false;
    QFile file(autosavePath(m_autosaveKey));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    setText(file.readAll());
    m_status->setText(tr("Restored unsaved edits."));
    return true;
}

void ManifestEditor::discardAutosave()
{
    m_autosaveTimer->stop();
    if (!m_autosaveKey.isEmpty())
        QFile::remove(autosavePath(m_autosaveKey));
}

void ManifestEditor::setValidationDelay(int ms)
{
    m_validateTimer->setInterval(ms);
}

void ManifestEditor::setAutosaveDelay(int ms)
{
    m_autosaveTimer->setInterval(ms);
}

void ManifestEditor::setValidator(manifest::ManifestValidator validator)
{
    m_runner->setValidator(std::move(validator));
    validateNow();
}

void ManifestEditor::validateNow()
{
    m_validateTimer->stop();
    startValidation();
}

void ManifestEditor::showFindBar()
{
    m_findBar->show();
    if (m_edit->hasSelectedText())
        m_findText->setText(m_edit->selectedText());
    m_findText->setFocus();
    m_findText->selectAll();
}

void ManifestEditor::onTextChanged()
{
    m_validateTimer->start();
    if (!m_settingText && !m_autosaveKey.isEmpty())
        m_autosaveTimer->start();
}

void ManifestEditor::startValidation()
{
    // Off the GUI thread; a request while one runs replaces the stale one (the runner coalesces).
    m_status->setText(tr("Validating…"));
    m_runner->validateText(text());
}

bool ManifestEditor::isValidating() const
{
    return m_runner->isBusy();
}

const manifest::ManifestValidator &ManifestEditor::validator() const
{
    return m_runner->validator();
}

void ManifestEditor::showResult(const manifest::ManifestValidation &result)
{
    m_last = result;
    m_edit->markerDeleteAll(kErrorMarker);
    m_problems->clear();
    const manifest::ManifestIssues issues = result.all();
    for (const manifest::ManifestIssue &issue : issues) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(LineColumn, issue.line > 0 ? QString::number(issue.line) : QString());
        item->setText(PathColumn, issue.path.isEmpty() ? tr("(root)") : issue.path);
        item->setText(MessageColumn, issue.message);
        item->setToolTip(MessageColumn, issue.message);
        item->setData(LineColumn, kLineRole, issue.line);
        item->setData(LineColumn, kColumnRole, issue.column);
        if (issue.line > 0)
            m_edit->markerAdd(issue.line - 1, kErrorMarker);
    }
    m_problems->resizeColumnToContents(LineColumn);
    m_problems->resizeColumnToContents(PathColumn);
    QString status = issues.isEmpty() ? tr("Valid.") : tr("%n problem(s).", nullptr, int(issues.size()));
    if (!result.note.isEmpty())
        status += u"  "_s + tr("Note: %1").arg(result.note);
    m_status->setText(status);
    Q_EMIT validated();
}

void ManifestEditor::goToProblem(QTreeWidgetItem *item)
{
    const int line = item->data(LineColumn, kLineRole).toInt();
    if (line <= 0)
        return;
    const int column = std::max(0, item->data(LineColumn, kColumnRole).toInt() - 1);
    m_edit->setCursorPosition(line - 1, column);
    m_edit->ensureLineVisible(line - 1);
    m_edit->setFocus();
}

void ManifestEditor::writeAutosave()
{
    m_autosaveTimer->stop();
    if (m_autosaveKey.isEmpty())
        return;
    const QString path = autosavePath(m_autosaveKey);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text());
        file.commit();
    }
}

void ManifestEditor::findNext()
{
    const QString needle = m_findText->text();
    if (needle.isEmpty())
        return;
    if (!m_edit->findFirst(needle, false, false, false, true))
        m_status->setText(tr("\"%1\" not found.").arg(needle));
}

void ManifestEditor::replaceOne()
{
    if (m_edit->hasSelectedText() && m_edit->selectedText() == m_findText->text())
        m_edit->replace(m_replaceText->text());
    findNext();
}

void ManifestEditor::replaceAll()
{
    const QString needle = m_findText->text();
    if (needle.isEmpty())
        return;
    int count = 0;
    m_edit->beginUndoAction();
    m_edit->setCursorPosition(0, 0);
    // No wrapping: each replacement moves on, so the loop ends at the last match.
    for (bool found = m_edit->findFirst(needle, false, false, false, false); found;
         found = m_edit->findNext()) {
        m_edit->replace(m_replaceText->text());
        ++count;
    }
    m_edit->endUndoAction();
    m_status->setText(tr("Replaced %n occurrence(s).", nullptr, count));
}

} // namespace airdesk::gui
