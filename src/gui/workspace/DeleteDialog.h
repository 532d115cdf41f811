#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace airdesk::gui {

/// What a delete confirmation has to say and ask.
struct DeleteRequest
{
    QString kindPlural;        // "connections", "sources", "destinations"
    QStringList names;         // what is deleted
    QStringList alsoDeleted;   // what goes with it on the server (a source's connections)
    bool offerCascade = false; // connections: "also delete the source / destination"
};

/// The confirmation before anything is deleted on the server: it lists what goes (and what
/// goes with it), offers the cascade options for connections, and enables Delete only once the
/// person has typed the name (or, for several items, the number of items). Opened with open();
/// the caller reads the choices on accepted().
class DeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDialog)

public:
    explicit DeleteDialog(const DeleteRequest &request, QWidget *parent = nullptr);

    /// What has to be typed: the name of the one item, else the count.
    QString confirmationText() const { return m_expected; }
    QLineEdit *confirmationField() const { return m_field; }
    QPushButton *deleteButton() const { return m_delete; }
    QCheckBox *cascadeSourceBox() const { return m_cascadeSource; }
    QCheckBox *cascadeDestinationBox() const { return m_cascadeDestination; }
    bool cascadeSource() const;
    bool cascadeDestination() const;

private:
    QString m_expected;
    QLineEdit *m_field;
    QCheckBox *m_cascadeSource = nullptr;
    QCheckBox *m_cascadeDestination = nullptr;
    QDialogButtonBox *m_buttons;
    QPushButton *m_delete;
};

} // namespace airdesk::gui
