#pragma once

#include "FieldWidget.h"

#include <QJsonArray>

class QComboBox;

namespace airdesk::gui {

/// An `enum` as a drop-down; with more than LongList entries it becomes searchable (type to
/// filter, matching anywhere in the entry). Optional enums without a default start empty.
class EnumField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnumField)

public:
    static constexpr int LongList = 12;

    EnumField(const QJsonObject &schema, const QString &path, bool required, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QList<spec::ValidationIssue> localIssues() const override;
    void setAccessibleTitle(const QString &title) override;
    QComboBox *comboBox() const { return m_combo; }

private:
    QComboBox *m_combo;
    QJsonArray m_values;
    bool m_hasEmpty;
};

} // namespace airdesk::gui
