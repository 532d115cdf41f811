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
/// with open(); stays open on an error.
class DockerDefinitionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerDefinitionDialog)

public:
    explicit DockerDefinitionDialog(api::DockerDefinitionService *service, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *repositoryField() const { return m_repository; }
    QLineEdit *tagField() const { return m_tag; }
    QLineEdit *documentationField() const { return m_documentation; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *createButton() const { return m_create; }
    domain::DockerDefinition definition() const;
    void create();

Q_SIGNALS:
    void created(const airdesk::domain::DockerDefinition &definition);

private:
    void updateState();

    api::DockerDefinitionService *m_service;
    QLineEdit *m_name;
    QLineEdit *m_repository;
    QLineEdit *m_tag;
    QLineEdit *m_documentation;
    QLabel *m_message;
    QPushButton *m_create;
    bool m_busy = false;
};

} // namespace airdesk::gui
