#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace airdesk::gui {

/// The confirmation before a custom definition (and its Connector Builder project) is deleted
/// on the server. It names the definition and offers safe mode, PyAirbyte's guard: with it
/// on, only a definition whose name contains "delete-me" or "deleteme" is deleted. Window
/// modal, opened with open(); the caller reads safeMode() on accepted().
class DeleteDefinitionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDefinitionDialog)

public:
    DeleteDefinitionDialog(const QString &name, int version, QWidget *parent = nullptr);

    /// Says what deleting a custom Docker definition (image @p image) does instead.
    void describeDocker(const QString &image);
    bool safeMode() const;
    QCheckBox *safeModeBox() const { return m_safeMode; }
    QLabel *textLabel() const { return m_text; }
    QLabel *safeModeLabel() const { return m_safeModeNote; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    void updateState();

    QString m_name;
    QLabel *m_text;
    QCheckBox *m_safeMode;
    QLabel *m_safeModeNote;
    QPushButton *m_delete;
};

} // namespace airdesk::gui
