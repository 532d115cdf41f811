#pragma once

#include "FieldWidget.h"

class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace airdesk::gui {

/// An `airbyte_secret`: masked with a reveal toggle (a text area for `multiline` secrets while
/// revealed). A value loaded as the server's mask ("**********") is not shown; it is sent back
/// unchanged, which keeps the stored secret, until the user types a new one. Secrets are left
/// out of drafts and never logged.
class SecretField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretField)

public:
    SecretField(const QJsonObject &schema, const QString &path, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QStringList maskedSecretPaths() const override;
    QJsonValue valueWithoutSecrets() const override { return QJsonValue(QJsonValue::Undefined); }
    void setAccessibleTitle(const QString &title) override;

    bool isMasked() const { return m_masked; }
    bool isRevealed() const;
    void setRevealed(bool revealed);
    QLineEdit *lineEdit() const { return m_line; }

private:
    void userEdited();

    QLineEdit *m_line;
    QPlainTextEdit *m_area = nullptr;
    QToolButton *m_reveal;
    bool m_masked = false;
};

} // namespace airdesk::gui
