#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
class QPlainTextEdit;

namespace airdesk::api {
struct ApiError;
struct CheckResult;
}

namespace airdesk::gui {

class DraftStore;
class SpecForm;

/// What the deploy and edit dialogs share: the connector's name, the spec-driven form in a
/// scroll area, a status strip for saving and testing (busy bar with the seconds elapsed,
/// Cancel, the failure message with its details: failure reason, stack trace and the check's
/// log, which "Save logs…" writes to a file) and the on-disk draft (written shortly after each change, without
/// secrets, restored on reopen).
class ConnectorEditorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorEditorPane)

public:
    explicit ConnectorEditorPane(QWidget *parent = nullptr);
    ~ConnectorEditorPane() override;

    QLineEdit *nameEdit() const { return m_name; }
    SpecForm *form() const { return m_form; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *saveLogsButton() const { return m_saveLogs; }

    /// Builds the form; false with the reason shown in the status strip.
    bool setSpecification(const QJsonObject &spec);
    bool hasSpecification() const { return m_hasSpec; }
    /// Loads name and configuration as saved; they are what "unsaved changes" compare with.
    void setSaved(const QString &name, const QJsonObject &config);
    void markSaved();
    bool hasUnsavedChanges() const;
    /// Name given and the form valid.
    bool isComplete() const;

    /// Drafts go to `drafts` under `key` from now on (drafts must outlive the pane).
    void setDraft(const DraftStore *drafts, const QString &key);
    /// Applies the stored draft over the current values; true when there was one.
    bool restoreDraft();
    void writeDraft();
    /// Writes a pending draft now and stops using the store (the owner is going away).
    void detachDraft();
    void discardDraft();

    /// Busy bar, Cancel, and `text` followed by the seconds elapsed, counted every second.
    void showBusy(const QString &text);
    void showMessage(const QString &text, bool error, const QString &details = {});
    void clearStatus();
    QString statusText() const;
    QString detailsText() const;
    bool isDetailsExpanded() const;

    /// Shows how a connection check ended: `successText`, or `failureHeadline` with the
    /// connector's message, the failure reason and the log in the details (and "Save logs…"),
    /// or the error that kept the check from running. True only when it connected.
    bool showCheckOutcome(const api::CheckResult &result, const api::ApiError &error, const QString &successText,
                          const QString &failureHeadline);
    /// The last failed check's log lines (empty when there are none).
    QStringList checkLog() const { return m_checkLog; }
    /// Writes the last check's log to `path`; false with the reason in the status strip.
    bool saveCheckLog(const QString &path);

Q_SIGNALS:
    void completeChanged(bool complete);
    void cancelRequested();

private:
    void contentChanged();
    void updateBusyText();
    void chooseLogFile();

    QLineEdit *m_name;
    SpecForm *m_form;
    QProgressBar *m_progress;
    QLabel *m_status;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
    QPushButton *m_cancel;
    QPushButton *m_saveLogs;
    QTimer *m_draftTimer;
    QTimer *m_busyTick;
    QElapsedTimer m_busyClock;
    QString m_busyText;
    QStringList m_checkLog;
    QString m_checkLogName;
    const DraftStore *m_drafts = nullptr;
    QString m_draftKey;
    QString m_savedName;
    QJsonObject m_savedConfig;
    bool m_hasSpec = false;
    bool m_complete = false;
};

} // namespace airdesk::gui
