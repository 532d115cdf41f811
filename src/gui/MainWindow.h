#pragma once

#include <QMainWindow>

class QLabel;

namespace airdesk::gui {

/// The application window. For now it shows which workspace the app is connected to;
/// the resource tables arrive with the API client (see the issues).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Describes the workspace the window works on (name, API root) in the status area.
    void setWorkspace(const QString &workspaceName, const QString &apiRoot, const QString &workspaceId);

private:
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace airdesk::gui
