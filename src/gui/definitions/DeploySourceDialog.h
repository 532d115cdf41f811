#pragma once

#include "core/domain/Actor.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;

namespace airdesk::api {
class DeclarativeDefinitionService;
}

namespace airdesk::gui {

class TestingValuesEditor;

/// Creates a source from a custom definition: a name and a configuration edited against the
/// definition's own spec.connection_specification (PyAirbyte's deploy_source). Opened with
/// open(); stays open and shows the server's answer when the create fails.
class DeploySourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploySourceDialog)

public:
    DeploySourceDialog(api::DeclarativeDefinitionService *service, const QString &definitionId,
                       const QString &definitionName, const QJsonObject &manifest, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    TestingValuesEditor *configEditor() const { return m_config; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *deployButton() const { return m_deploy; }
    void deploy();

Q_SIGNALS:
    void deployed(const airdesk::domain::Actor &source);

private:
    void updateState();

    api::DeclarativeDefinitionService *m_service;
    QString m_definitionId;
    QLineEdit *m_name;
    TestingValuesEditor *m_config;
    QLabel *m_message;
    QPushButton *m_deploy;
    bool m_busy = false;
};

} // namespace airdesk::gui
