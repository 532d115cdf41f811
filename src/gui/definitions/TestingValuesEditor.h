#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QScrollArea;
class QTimer;

namespace airdesk::gui {

class DraftStore;
class SpecForm;

/// Edits a connector configuration (testing values, or the configuration of a source to
/// deploy) in the spec-driven form (SpecForm) generated from a manifest's own
/// spec.connection_specification: one input per property, `airbyte_secret` fields masked with a
/// reveal toggle, problems shown next to their field. When the manifest has no usable
/// specification, a sentence saying so stands in place of the form and the values are not valid.
/// Optionally keeps the values, without secrets, as a draft in a DraftStore while they are edited.
class TestingValuesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestingValuesEditor)

public:
    explicit TestingValuesEditor(QWidget *parent = nullptr);
    ~TestingValuesEditor() override;

    /// The JSON Schema the values must satisfy (a manifest's spec.connection_specification).
    /// Rebuilds the form; the previous values are dropped.
    void setSpec(const QJsonObject &connectionSpecification);
    QJsonObject spec() const { return m_spec; }
    /// False when the specification could not be turned into a form (see specProblem()).
    bool hasForm() const { return m_form != nullptr; }
    /// Why there is no form; empty when there is one.
    QString specProblem() const { return m_specProblem; }

    /// Loads @p values into the form (secrets masked, revealable).
    void setValue(const QJsonObject &values);
    /// What the form holds; an empty object without a form.
    QJsonObject value() const;
    /// value() with every secret left out (what a draft may hold).
    QJsonObject valueWithoutSecrets() const;
    bool isValid() const { return m_valid; }
    /// Why the values are not valid, one line per problem; empty when they are.
    QStringList problems() const;
    /// Validates now instead of after the typing pause.
    void validateNow();

    /// The generated form; null while there is no usable specification.
    SpecForm *form() const { return m_form; }
    /// The sentence shown instead of the form (hidden while there is a form).
    QLabel *noSpecLabel() const { return m_noSpec; }
    /// Says that a draft was restored (hidden otherwise).
    QLabel *draftLabel() const { return m_draftNote; }

    /// Keeps edits under @p key in @p store (not owned; null turns drafts off).
    void setDraft(const DraftStore *store, const QString &key);
    /// Merges the stored draft, if any, into the form; true when there was one.
    bool restoreDraft();
    /// Forgets the draft (after the values were stored on the server).
    void discardDraft();
    /// Writes the draft now instead of after the pause.
    void writeDraft();
    /// Writes the draft now if an edit is waiting for the pause to end.
    void writeDraftIfPending();
    void setDraftDelay(int ms);

Q_SIGNALS:
    void validityChanged(bool valid);
    void edited();

private:
    void updateValidity();

    QJsonObject m_spec;
    QString m_specProblem;
    SpecForm *m_form = nullptr;
    QScrollArea *m_scroll;
    QLabel *m_noSpec;
    QLabel *m_draftNote;
    QTimer *m_draftTimer;
    const DraftStore *m_drafts = nullptr;
    QString m_draftKey;
    bool m_valid = false;
};

} // namespace airdesk::gui
