#include "FieldFactory.h"

#include "BooleanField.h"
#include "ConstField.h"
#include "EnumField.h"
#include "FieldRow.h"
#include "JsonField.h"
#include "NumberField.h"
#include "ObjectField.h"
#include "ObjectListField.h"
#include "OneOfField.h"
#include "SchemaKeys.h"
#include "SecretField.h"
#include "TagListField.h"
#include "TextField.h"

using namespace Qt::StringLiterals;

namespace airdesk::gui::FieldFactory {

FieldWidget *create(const QJsonObject &schema, const QString &path, const QString &key, bool required, int depth,
                    QWidget *parent)
{
    const QString type = SchemaKeys::type(schema);
    if (!SchemaKeys::constValue(schema).isUndefined() && type != u"object")
        return new ConstField(schema, path, parent);
    if (depth > MaxDepth)
        return new JsonField(schema, path, parent);
    if (schema.value(u"oneOf"_s).isArray() && !schema.value(u"oneOf"_s).toArray().isEmpty())
        return new OneOfField(schema, path, required, depth, parent);
    if (SchemaKeys::isSecret(schema) && type != u"object" && type != u"array")
        return new SecretField(schema, path, parent);
    if (schema.value(u"enum"_s).isArray() && type != u"array")
        return new EnumField(schema, path, required, parent);
    if (type == u"boolean")
        return new BooleanField(schema, path, SchemaKeys::title(schema, key), required, parent);
    if (type == u"integer" || type == u"number")
        return new NumberField(schema, path, type == u"integer", parent);
    if (type == u"object") {
        if (schema.value(u"properties"_s).toObject().isEmpty())
            return new JsonField(schema, path, parent); // free-form map
        return new ObjectField(schema, path, required, depth, {}, parent);
    }
    if (type == u"array") {
        const QJsonObject items = schema.value(u"items"_s).toObject();
        const QString itemType = SchemaKeys::type(items);
        if (itemType == u"object" && (items.contains(u"properties"_s) || items.contains(u"oneOf"_s)))
            return new ObjectListField(schema, path, depth, parent);
        if (itemType == u"string" || itemType == u"integer" || itemType == u"number")
            return new TagListField(schema, path, parent);
        return new JsonField(schema, path, parent);
    }
    if (type == u"string")
        return new TextField(schema, path, parent);
    return new JsonField(schema, path, parent);
}

FieldRow *createRow(const QJsonObject &schema, const QString &path, const QString &key, bool required, int depth,
                    QWidget *parent)
{
    return new FieldRow(key, create(schema, path, key, required, depth, parent), required, parent);
}

} // namespace airdesk::gui::FieldFactory
