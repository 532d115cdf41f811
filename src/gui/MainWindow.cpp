#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace airdesk::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Airdesk"));
    resize(1100, 700);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);
    m_title = new QLabel(central);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details = new QLabel(central);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addStretch(1);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    setWorkspace(tr("No workspace"), QString(), QString());
}

void MainWindow::setWorkspace(const QString &workspaceName, const QString &apiRoot, const QString &workspaceId)
{
    m_title->setText(workspaceName);
    if (apiRoot.isEmpty()) {
        m_details->setText(tr("Not connected."));
        statusBar()->showMessage(tr("Not connected"));
        return;
    }
    m_details->setText(tr("Workspace %1\nPublic API: %2\n\nSources, destinations and connections will be listed here.")
                           .arg(workspaceId, apiRoot));
    statusBar()->showMessage(tr("Connected to %1").arg(apiRoot));
}

} // namespace airdesk::gui
