#pragma once

#include "FieldWidget.h"

#include <QJsonArray>

class QListWidget;
class QPushButton;

namespace airdesk::gui {

/// An array of objects: a list of entries with Add, Edit and Remove. Each entry is edited in a
/// window-modal dialog holding a form for the `items` schema (opened with open(), so no nested
/// event loop); OK there is enabled only while that entry is valid.
class ObjectListField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectListField)

public:
    ObjectListField(const QJsonObject &schema, const QString &path, int depth, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QStringList maskedSecretPaths() const override;
    QJsonValue valueWithoutSecrets() const override;
    void setAccessibleTitle(const QString &title) override;

    QListWidget *list() const { return m_list; }
    /// Opens the entry editor for a new entry (row -1) or an existing one.
    void openEditor(int row);
    /// Adds or replaces an entry as the editor's OK does.
    void storeEntry(int row, const QJsonObject &entry);
    void removeEntry(int row);

private:
    QString summary(const QJsonObject &entry) const;
    void refresh();

    QJsonObject m_items;
    QJsonArray m_entries;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    bool m_explicitEmpty = false;
    QString m_title;
};

} // namespace airdesk::gui
