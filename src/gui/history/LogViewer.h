#pragma once

#include "core/domain/Attempt.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;
class QTimer;

namespace airdesk::models {
class LogModel;
}

namespace airdesk::gui {

/// Shows one log of any size: a virtualised list over LogModel in a monospace font, a search
/// bar (Ctrl+F, Enter for the next match, Shift+Enter for the previous one, match count), a
/// level filter, an attempt picker when the log comes from a job, and save to file. All the
/// heavy work (indexing, searching, saving) runs in the model's background tasks.
class LogViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewer)

public:
    explicit LogViewer(QWidget *parent = nullptr);
    ~LogViewer() override;

    models::LogModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QComboBox *attemptPicker() const { return m_attemptPicker; }
    QToolButton *levelButton() const { return m_levelButton; }
    QLabel *matchLabel() const { return m_matchLabel; }
    QLabel *statusLabel() const { return m_statusLabel; }

    /// Offers the attempts in the picker and shows the last one's log (PyAirbyte's text).
    void setAttempts(const QList<domain::Attempt> &attempts);
    int currentAttempt() const;
    void selectAttempt(int index);
    /// Shows a log with no attempts (the picker hides).
    void setLogText(const QString &text);
    void openFile(const QString &path);
    /// What the save dialog proposes.
    void setSuggestedFileName(const QString &name) { m_suggestedName = name; }
    /// A short note over the log, e.g. while the job is being fetched or why it failed.
    void setStatusText(const QString &text);

    void setSearchText(const QString &text);
    /// Moves to the next (or previous) match, searching first when the text changed.
    void findNext();
    void findPrevious();
    /// The match shown (index among all matches), -1 when none.
    int currentMatch() const { return m_currentMatch; }
    /// Rows show only these levels (LogIndex::bit() flags); the level menu follows.
    void setLevelFilter(unsigned mask);

    /// Saves the whole log to `path` in the background; saveFinished() follows.
    void saveTo(const QString &path);
    /// Asks for a file (a non-modal dialog) and saves there.
    void showSaveDialog();

Q_SIGNALS:
    void saveFinished(const QString &path, const QString &error);
    /// The shown match moved (row in the view).
    void matchShown(int match, int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLevelMenu();
    void applyLevelMenu();
    void startSearch();
    void step(bool forward);
    void updateMatchLabel();
    void showAttempt(int index);

    models::LogModel *m_model;
    QListView *m_view;
    QComboBox *m_attemptPicker;
    QToolButton *m_levelButton;
    QLineEdit *m_searchEdit;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_matchLabel;
    QToolButton *m_saveButton;
    QLabel *m_statusLabel;
    QTimer *m_searchDelay;
    QList<domain::Attempt> m_attempts;
    QString m_suggestedName;
    QString m_note;
    int m_currentMatch = -1;
    int m_pendingStep = 0; // +1/-1: step once the running search ends
};

} // namespace airdesk::gui
