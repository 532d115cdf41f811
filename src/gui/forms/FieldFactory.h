#pragma once

#include <QJsonObject>
#include <QString>

class QWidget;

namespace airdesk::gui {

class FieldRow;
class FieldWidget;

/// Picks the input for one schema, as the Airbyte web app's Control.tsx does: const, secret,
/// enum, boolean, integer/number, array (tags, checkable enum, objects), object (group),
/// oneOf (selector), string (line, text area); JSON text for anything else.
namespace FieldFactory {

/// Nesting beyond this is edited as JSON text (real specs reach 11).
inline constexpr int MaxDepth = 24;

[[nodiscard]] FieldWidget *create(const QJsonObject &schema, const QString &path, const QString &key, bool required,
                                  int depth, QWidget *parent);
/// The field wrapped in its row (title, description, messages).
[[nodiscard]] FieldRow *createRow(const QJsonObject &schema, const QString &path, const QString &key, bool required,
                                  int depth, QWidget *parent);

} // namespace FieldFactory

} // namespace airdesk::gui
