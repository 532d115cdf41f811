#include "gui/history/LogViewer.h"

#include "models/jobs/JobText.h"
#include "models/logs/LogModel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

using models::LogIndex;
using models::LogModel;
using Level = LogIndex::Level;

namespace {

constexpr int SearchDelayMs = 250;

} // namespace

LogViewer::LogViewer(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_view(new QListView(this))
    , m_attemptPicker(new QComboBox(this))
    , m_levelButton(new QToolButton(this))
    , m_searchEdit(new QLineEdit(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_matchLabel(new QLabel(this))
    , m_saveButton(new QToolButton(this))
    , m_statusLabel(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_attemptPicker->setObjectName(u"attemptComboBox"_s);
    m_attemptPicker->setToolTip(tr("Attempt whose log is shown"));
    m_attemptPicker->setVisible(false);
    m_levelButton->setObjectName(u"levelToolButton"_s);
    m_levelButton->setText(tr("Levels"));
    m_levelButton->setPopupMode(QToolButton::InstantPopup);
    m_levelButton->setToolTip(tr("Show only some log levels"));
    m_searchEdit->setObjectName(u"searchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    m_previousButton->setObjectName(u"previousToolButton"_s);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_previousButton->setToolTip(tr("Previous match (Shift+Enter)"));
    m_nextButton->setObjectName(u"nextToolButton"_s);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setToolTip(tr("Next match (Enter)"));
    m_matchLabel->setObjectName(u"matchLabel"_s);
    m_matchLabel->setMinimumWidth(m_matchLabel->fontMetrics().horizontalAdvance(u"0000000 of 0000000"_s));
    m_saveButton->setObjectName(u"saveToolButton"_s);
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setToolTip(tr("Save the whole log to a file"));
    m_statusLabel->setObjectName(u"statusLabel"_s);

    m_view->setObjectName(u"logListView"_s);
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true); // row heights are never measured one by one
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_attemptPicker);
    bar->addWidget(m_levelButton);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_nextButton);
    bar->addWidget(m_matchLabel);
    bar->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);
    buildLevelMenu();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &LogViewer::startSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] {
        m_searchDelay->start();
        m_pendingStep = 0;
    });
    connect(m_previousButton, &QToolButton::clicked, this, &LogViewer::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &LogViewer::findNext);
    connect(m_saveButton, &QToolButton::clicked, this, &LogViewer::showSaveDialog);
    connect(m_attemptPicker, &QComboBox::currentIndexChanged, this, &LogViewer::showAttempt);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    connect(m_model, &LogModel::loadProgress, this, [this](int percent) {
        m_statusLabel->setText(tr("Reading the log… %1%").arg(percent));
    });
    connect(m_model, &LogModel::loaded, this, [this](qsizetype lines) {
        // Spelled out rather than %n, so a big count gets the locale's digit grouping.
        const QString count = lines == 1 ? tr("1 line") : tr("%1 lines").arg(QLocale().toString(lines));
        m_statusLabel->setText(m_note.isEmpty() ? count : QString(m_note + u" — "_s + count));
        if (!m_searchEdit->text().isEmpty())
            startSearch();
    });
    connect(m_model, &LogModel::loadFailed, this, [this](const QString &error) { m_statusLabel->setText(error); });
    connect(m_model, &LogModel::searchFinished, this, [this](int) {
        m_currentMatch = -1;
        updateMatchLabel();
        if (const int pending = std::exchange(m_pendingStep, 0); pending != 0)
            step(pending > 0);
    });
    connect(m_model, &LogModel::saveFinished, this, [this](const QString &path, const QString &error) {
        m_statusLabel->setText(error.isEmpty() ? tr("Saved to %1").arg(path) : error);
        Q_EMIT saveFinished(path, error);
    });
    updateMatchLabel();
}

LogViewer::~LogViewer() = default;

void LogViewer::buildLevelMenu()
{
    auto *menu = new QMenu(m_levelButton);
    const std::pair<Level, QString> levels[] = {
        {Level::Error, tr("Error")}, {Level::Warn, tr("Warning")}, {Level::Info, tr("Info")},
        {Level::Debug, tr("Debug")}, {Level::Trace, tr("Trace")},   {Level::Unknown, tr("No level")},
    };
    for (const auto &[level, text] : levels) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(level));
        connect(action, &QAction::toggled, this, &LogViewer::applyLevelMenu);
    }
    m_levelButton->setMenu(menu);
}

void LogViewer::applyLevelMenu()
{
    unsigned mask = 0;
    for (const QAction *action : m_levelButton->menu()->actions()) {
        if (action->isChecked())
            mask |= LogIndex::bit(Level(action->data().toInt()));
    }
    m_model->setLevelFilter(mask);
    m_levelButton->setText(mask == LogIndex::AllLevels ? tr("Levels") : tr("Levels (filtered)"));
    updateMatchLabel();
}

void LogViewer::setLevelFilter(unsigned mask)
{
    for (QAction *action : m_levelButton->menu()->actions()) {
        const QSignalBlocker block(action);
        action->setChecked(mask & LogIndex::bit(Level(action->data().toInt())));
    }
    applyLevelMenu();
}

void LogViewer::setAttempts(const QList<domain::Attempt> &attempts)
{
    m_attempts = attempts;
    const QSignalBlocker block(m_attemptPicker);
    m_attemptPicker->clear();
    for (const domain::Attempt &attempt : attempts) {
        m_attemptPicker->addItem(models::JobText::statusIcon(attempt.status),
                                 tr("Attempt %1 of %2 — %3")
                                     .arg(attempt.number + 1)
                                     .arg(attempts.size())
                                     .arg(models::JobText::statusText(attempt.status)));
    }
    m_attemptPicker->setVisible(!attempts.isEmpty());
    if (attempts.isEmpty()) {
        m_model->clear();
        m_statusLabel->setText(tr("This job has no attempts, so no logs."));
        return;
    }
    m_attemptPicker->setCurrentIndex(int(attempts.size()) - 1);
    showAttempt(int(attempts.size()) - 1);
}

int LogViewer::currentAttempt() const
{
    return m_attempts.isEmpty() ? -1 : m_attemptPicker->currentIndex();
}

void LogViewer::selectAttempt(int index)
{
    m_attemptPicker->setCurrentIndex(index);
}

void LogViewer::showAttempt(int index)
{
    if (index < 0 || index >= m_attempts.size())
        return;
    const domain::Attempt &attempt = m_attempts.at(index);
    const QString text = domain::fullLogText(attempt);
    m_note = text.isEmpty() ? tr("This attempt has no log lines.") : QString();
    m_currentMatch = -1;
    m_model->setText(text);
}

void LogViewer::setLogText(const QString &text)
{
    m_attempts.clear();
    m_attemptPicker->clear();
    m_attemptPicker->setVisible(false);
    m_note.clear();
    m_currentMatch = -1;
    m_model->setText(text);
}

void LogViewer::openFile(const QString &path)
{
    setLogText({});
    m_model->openFile(path);
}

void LogViewer::setStatusText(const QString &text)
{
    m_statusLabel->setText(text);
}

void LogViewer::setSearchText(const QString &text)
{
    m_searchEdit->setText(text);
    m_searchDelay->stop();
    startSearch();
}

void LogViewer::startSearch()
{
    m_searchDelay->stop();
    m_currentMatch = -1;
    m_model->search(m_searchEdit->text());
    updateMatchLabel();
}

void LogViewer::findNext()
{
    step(true);
}

void LogViewer::findPrevious()
{
    step(false);
}

void LogViewer::step(bool forward)
{
    if (m_searchDelay->isActive() || m_model->searchText() != m_searchEdit->text()) {
        m_pendingStep = forward ? 1 : -1;
        startSearch();
        return;
    }
    if (m_model->isSearching()) {
        m_pendingStep = forward ? 1 : -1;
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const auto hit = m_model->stepMatch(m_currentMatch, forward, current.isValid() ? current.row() : 0);
    if (!hit) {
        updateMatchLabel();
        return;
    }
    m_currentMatch = hit->match;
    const QModelIndex index = m_model->index(hit->row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    updateMatchLabel();
    Q_EMIT matchShown(hit->match, hit->row);
}

void LogViewer::updateMatchLabel()
{
    const bool any = m_model->matchCount() > 0;
    m_previousButton->setEnabled(any);
    m_nextButton->setEnabled(any);
    if (m_model->searchText().isEmpty() || m_model->isSearching()) {
        m_matchLabel->setText(m_model->isSearching() ? tr("Searching…") : QString());
        return;
    }
    const QString count = QLocale().toString(m_model->matchCount());
    if (!any)
        m_matchLabel->setText(tr("No matches"));
    else if (m_currentMatch < 0)
        m_matchLabel->setText(m_model->matchCount() == 1 ? tr("1 match") : tr("%1 matches").arg(count));
    else
        m_matchLabel->setText(tr("%1 of %2").arg(QLocale().toString(m_currentMatch + 1), count));
}

void LogViewer::saveTo(const QString &path)
{
    m_statusLabel->setText(tr("Saving to %1…").arg(path));
    m_model->saveTo(path);
}

void LogViewer::showSaveDialog()
{
    auto *dialog = new QFileDialog(this, tr("Save log"), m_suggestedName, tr("Log files (*.log *.txt);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"saveLogFileDialog"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &LogViewer::saveTo);
    dialog->open();
}

bool LogViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_view->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace airdesk::gui
