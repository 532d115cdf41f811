#pragma once

#include "FieldWidget.h"

class QPlainTextEdit;

namespace airdesk::gui {

/// A value the form has no dedicated input for (a free-form object, an array of arrays):
/// edited as JSON text, parsed on the fly, with a message while it does not parse.
class JsonField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonField)

public:
    JsonField(const QJsonObject &schema, const QString &path, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QList<spec::ValidationIssue> localIssues() const override;
    void setAccessibleTitle(const QString &title) override;

private:
    QJsonValue parsed(bool *ok) const;

    QPlainTextEdit *m_edit;
};

} // namespace airdesk::gui
