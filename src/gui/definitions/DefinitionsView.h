#pragma once

#include "core/manifest/ManifestValidator.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace airdesk::api {
class DeclarativeDefinitionService;
}
namespace airdesk::models {
class DefinitionTableModel;
}

namespace airdesk::gui {

class ManifestEditor;

/// The workspace's custom YAML source definitions (name, id, version) above a manifest
/// editor: choosing one loads its active manifest into the editor (or the edits autosaved
/// for it, when there are some). All data comes through DeclarativeDefinitionService.
class DefinitionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionsView)

public:
    DefinitionsView(api::DeclarativeDefinitionService *service, manifest::ManifestValidator validator,
                    QWidget *parent = nullptr);

    models::DefinitionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ManifestEditor *editor() const { return m_editor; }
    QLabel *statusLabel() const { return m_status; }

    /// Lists the definitions again.
    void refresh();
    /// Loads that definition's manifest into the editor.
    void open(const QString &definitionId);

Q_SIGNALS:
    void refreshed(int count);
    void opened(const QString &definitionId);

private:
    api::DeclarativeDefinitionService *m_service;
    models::DefinitionTableModel *m_model;
    QTableView *m_table;
    QToolButton *m_refresh;
    QLabel *m_status;
    ManifestEditor *m_editor;
};

} // namespace airdesk::gui
