#pragma once

#include "core/manifest/ManifestValidator.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QsciScintilla;

namespace airdesk::gui {

class ManifestValidationRunner;

/// A YAML manifest editor: QScintilla with YAML highlighting, line numbers, folding and a
/// find/replace bar; validation as you type (debounced, on a worker thread) with a marker on
/// each offending line and a problems list that jumps to the line when clicked; unsaved text
/// autosaved under a key so a crash loses nothing.
class ManifestEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManifestEditor)

public:
    explicit ManifestEditor(manifest::ManifestValidator validator, QWidget *parent = nullptr);
    ~ManifestEditor() override;

    /// Replaces the text; this is not an edit, so it is not autosaved.
    void setText(const QByteArray &yaml);
    QByteArray text() const;

    /// Where unsaved edits go (a definition id, or "new"); empty turns autosave off.
    void setAutosaveKey(const QString &key);
    QString autosaveKey() const { return m_autosaveKey; }
    [[nodiscard]] static QString autosavePath(const QString &key);
    /// Loads the autosaved text for the current key, if there is one; true when it did.
    bool restoreAutosave();
    /// Forgets the autosaved text (after the edits were published or thrown away).
    void discardAutosave();

    void setValidationDelay(int ms);
    void setAutosaveDelay(int ms);
    /// Starts a validation now instead of after the delay.
    void validateNow();
    /// Replaces the validator (the schema arrived later) and validates the text again.
    void setValidator(manifest::ManifestValidator validator);
    const manifest::ManifestValidation &lastValidation() const { return m_last; }
    bool isValidating() const;
    const manifest::ManifestValidator &validator() const;

    QsciScintilla *textEdit() const { return m_edit; }
    /// The same widget, for code that only needs a QWidget (focus, key events).
    QWidget *textWidget() const;
    /// The 1-based lines that carry a problem marker.
    QList<int> markedLines() const;
    /// The 1-based line the cursor is on.
    int cursorLine() const;
    QTreeWidget *problemsList() const { return m_problems; }
    QLabel *statusLabel() const { return m_status; }
    void showFindBar();

Q_SIGNALS:
    void validated();

private:
    void onTextChanged();
    void startValidation();
    void showResult(const manifest::ManifestValidation &result);
    void goToProblem(QTreeWidgetItem *item);
    void writeAutosave();
    void findNext();
    void replaceOne();
    void replaceAll();

    QsciScintilla *m_edit;
    QTreeWidget *m_problems;
    QLabel *m_status;
    QWidget *m_findBar;
    QLineEdit *m_findText;
    QLineEdit *m_replaceText;
    QTimer *m_validateTimer;
    QTimer *m_autosaveTimer;
    ManifestValidationRunner *m_runner;
    manifest::ManifestValidation m_last;
    QString m_autosaveKey;
    bool m_settingText = false;
};

} // namespace airdesk::gui
