#pragma once

#include "FieldWidget.h"

#include <QJsonArray>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace airdesk::gui {

/// An array of strings or numbers: a tag editor (type, Enter or comma adds, Delete or Remove
/// takes the selected tags away). With `items.enum` the allowed values are a checkable list.
class TagListField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagListField)

public:
    TagListField(const QJsonObject &schema, const QString &path, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    void setAccessibleTitle(const QString &title) override;

    /// Adds the text as tag(s), split at commas; numbers for numeric items.
    void addTags(const QString &text);
    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QJsonValue itemValue(const QString &text) const;
    void removeSelected();

    QString m_itemType;
    QJsonArray m_choices; // items.enum
    QLineEdit *m_input = nullptr;
    QListWidget *m_list;
    bool m_explicitEmpty = false;
};

} // namespace airdesk::gui
