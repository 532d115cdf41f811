#pragma once

#include "core/domain/DockerDefinition.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace airdesk::api {
class DockerDefinitionService;
}

namespace airdesk::gui {

/// Registers a Docker image as a custom source of the workspace: name, repository, tag and
/// documentation URL, checked as they are typed (DockerDefinitionService::validate) and sent
/// through the public API. Where the server has no such endpoint the answer says so. Opened
/// with open(); stays open on an error. With an existing definition it changes its name and
/// image tag instead (the only fields the API's update takes; the repository is shown read-only).
class DockerDefinitionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerDefinitionDialog)

public:
    explicit DockerDefinitionDialog(api::DockerDefinitionService *service, QWidget *parent = nullptr);
    /// Update mode for @p existing.
    DockerDefinitionDialog(api::DockerDefinitionService *service, const domain::DockerDefinition &existing,
                           QWidget *parent = nullptr);

    bool isUpdate() const { return !m_existingId.isEmpty(); }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *repositoryField() const { return m_repository; }
    QLineEdit *tagField() const { return m_tag; }
    QLineEdit *documentationField() const { return m_documentation; }
    QLabel *messageLabel() const { return m_message; }
    /// Create, or Update in update mode.
    QPushButton *createButton() const { return m_create; }
    domain::DockerDefinition definition() const;
    /// Sends the create (or the update in update mode).
    void create();

Q_SIGNALS:
    void created(const airdesk::domain::DockerDefinition &definition);
    void updated(const airdesk::domain::DockerDefinition &definition);

private:
    void updateState();

    api::DockerDefinitionService *m_service;
    QLineEdit *m_name;
    QLineEdit *m_repository;
    QLineEdit *m_tag;
    QLineEdit *m_documentation;
    QLabel *m_message;
    QPushButton *m_create;
    QString m_existingId;
    bool m_busy = false;
};

} // namespace airdesk::gui
