#pragma once

#include "FieldWidget.h"

#include <QList>

class QToolButton;
class QVBoxLayout;

namespace airdesk::gui {

class FieldRow;

/// An object's properties as rows, laid out as the Airbyte web app does: at the top level split
/// into `group`s (ordered by the spec's `groups`, then by name); in each, required fields
/// (and always_show, const, objects, oneOf) first, then by `order`, then by key in natural
/// order; optional fields folded under "Optional fields", which opens by itself when one of
/// them holds a value other than its default or has an error. `airbyte_hidden` properties are
/// not shown but keep their value. Keys a loaded configuration has that the schema does not
/// know are kept and sent back.
class ObjectField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectField)

public:
    /// `hiddenKey` is a property not to show (the discriminator of a oneOf option).
    ObjectField(const QJsonObject &schema, const QString &path, bool required, int depth, const QString &hiddenKey,
                QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QList<spec::ValidationIssue> localIssues() const override;
    QList<spec::ValidationIssue> routeIssues(const QList<spec::ValidationIssue> &issues, bool reveal) override;
    QStringList maskedSecretPaths() const override;
    QJsonValue valueWithoutSecrets() const override;
    FieldWidget *find(const QString &path) override;
    void setAccessibleTitle(const QString &title) override;

    /// Takes the values of keys this object shares with @p other (a oneOf switch).
    void takeSharedValues(const QJsonObject &other, const QString &exceptKey);
    const QList<FieldRow *> &rows() const { return m_rows; }
    /// The "Optional fields" toggles, top-level group order first.
    QList<QToolButton *> optionalToggles() const;

private:
    struct Section
    {
        QVBoxLayout *required = nullptr;
        QToolButton *toggle = nullptr;
        QWidget *optional = nullptr;
        QVBoxLayout *optionalLayout = nullptr;
    };
    Section makeSection(QWidget *host, QVBoxLayout *hostLayout);
    void expandOptionalsWithValues();
    QJsonObject collect(bool withSecrets) const;

    QList<FieldRow *> m_rows;
    QList<Section> m_sections;
    QHash<FieldRow *, int> m_sectionOfOptional; // optional row -> index into m_sections
    QJsonObject m_extras;                       // loaded keys the schema does not describe
    bool m_required;
};

} // namespace airdesk::gui
