#pragma once

#include "core/domain/DeclarativeDefinition.h"
#include "core/manifest/ManifestValidator.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace airdesk::api {
class DeclarativeDefinitionService;
struct ApiError;
}

namespace airdesk::gui {

class DraftStore;
class ManifestValidationRunner;
class TestingValuesEditor;

/// Publishes a new custom YAML source definition: a name (unique in the workspace unless the
/// person allows a duplicate; the service checks), pre-validation on by default (its problems
/// are listed and Publish stays disabled until they are fixed or pre-validation is turned
/// off; on Publish the manifest is validated once more off the GUI thread, with a busy
/// indicator, before anything is sent), and optional testing values checked against the manifest's own
/// spec.connection_specification. Opened with open(); it stays open on a server error,
/// shows it, and reports it through publishFailed() so the editor can point at the part of
/// the manifest concerned. Testing values being typed are kept (without secrets) as the draft
/// "testing-values-new" in a DraftStore, restored when the dialog opens again and removed once
/// published.
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    PublishDialog(api::DeclarativeDefinitionService *service, const QJsonObject &manifest,
                  const manifest::ManifestValidation &validation, QWidget *parent = nullptr);
    ~PublishDialog() override;

    /// The draft key of the testing values of a definition not published yet.
    static QString draftKey();
    /// Keeps drafts in @p directory instead of the default location (tests), and restores the
    /// draft found there.
    void setDraftDirectory(const QString &directory);

    QLineEdit *nameField() const { return m_name; }
    QCheckBox *allowDuplicateBox() const { return m_allowDuplicate; }
    QCheckBox *preValidateBox() const { return m_preValidate; }
    QGroupBox *testingValuesGroup() const { return m_testingGroup; }
    TestingValuesEditor *testingValuesEditor() const { return m_testingValues; }
    QListWidget *problemsList() const { return m_problems; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *publishButton() const { return m_publish; }
    /// Shown while the manifest is validated before sending.
    QProgressBar *busyIndicator() const { return m_progress; }
    bool isValidating() const { return m_validating; }

    /// What the Publish button does: with pre-validation on, validates the manifest on a worker
    /// thread first and sends only when it has no problem; otherwise sends at once.
    void publish();

Q_SIGNALS:
    void published(const airdesk::domain::DeclarativeDefinition &definition);
    void publishFailed(const QString &message);
    /// The validation before sending finished; false: problems listed, nothing sent.
    void validated(bool canPublish);

private:
    void updateState();
    void showFailure(const api::ApiError &error);
    void restoreDraft();
    void showProblems(const manifest::ManifestValidation &validation);
    void validatedBeforeSending(const manifest::ManifestValidation &validation);
    void send(bool schemaValidated);

    api::DeclarativeDefinitionService *m_service;
    std::unique_ptr<DraftStore> m_drafts;
    QJsonObject m_manifest;
    QStringList m_problemTexts;
    QLineEdit *m_name;
    QCheckBox *m_allowDuplicate;
    QCheckBox *m_preValidate;
    QListWidget *m_problems;
    QGroupBox *m_testingGroup;
    TestingValuesEditor *m_testingValues;
    QLabel *m_message;
    QProgressBar *m_progress;
    ManifestValidationRunner *m_validation;
    QDialogButtonBox *m_buttons;
    QPushButton *m_publish;
    bool m_busy = false;
    bool m_validating = false;
};

} // namespace airdesk::gui
