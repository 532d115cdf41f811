#include "ManifestComponents.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::manifest::ManifestComponents {

namespace {

const QString kParameters = u"$parameters"_s;
const QString kType = u"type"_s;

// "<parent type>.<field>" -> the type a component there gets when it names none (CDK 7.28).
const QHash<QString, QString> &defaultTypes()
{
    static const QHash<QString, QString> table{
        {u"CompositeErrorHandler.error_handlers"_s, u"DefaultErrorHandler"_s},
        {u"CursorPagination.decoder"_s, u"JsonDecoder"_s},
        {u"DatetimeBasedCursor.end_datetime"_s, u"MinMaxDatetime"_s},
        {u"DatetimeBasedCursor.end_time_option"_s, u"RequestOption"_s},
        {u"DatetimeBasedCursor.start_datetime"_s, u"MinMaxDatetime"_s},
        {u"DatetimeBasedCursor.start_time_option"_s, u"RequestOption"_s},
        {u"DeclarativeSource.check"_s, u"CheckStream"_s},
        {u"DeclarativeSource.spec"_s, u"Spec"_s},
        {u"DeclarativeSource.streams"_s, u"DeclarativeStream"_s},
        {u"DeclarativeStream.retriever"_s, u"SimpleRetriever"_s},
        {u"DeclarativeStream.schema_loader"_s, u"JsonFileSchemaLoader"_s},
        {u"DynamicDeclarativeStream.stream_template"_s, u"DeclarativeStream"_s},
        {u"DynamicDeclarativeStream.components_resolver"_s, u"ConfigComponentResolver"_s},
        {u"HttpComponentsResolver.retriever"_s, u"SimpleRetriever"_s},
        {u"HttpComponentsResolver.components_mapping"_s, u"ComponentMappingDefinition"_s},
        {u"ConfigComponentsResolver.stream_config"_s, u"StreamConfig"_s},
        {u"ConfigComponentsResolver.components_mapping"_s, u"ComponentMappingDefinition"_s},
        {u"DefaultErrorHandler.response_filters"_s, u"HttpResponseFilter"_s},
        {u"DefaultPaginator.decoder"_s, u"JsonDecoder"_s},
        {u"DefaultPaginator.page_size_option"_s, u"RequestOption"_s},
        {u"DpathExtractor.decoder"_s, u"JsonDecoder"_s},
        {u"DpathExtractor.record_expander"_s, u"RecordExpander"_s},
        {u"HttpRequester.error_handler"_s, u"DefaultErrorHandler"_s},
        {u"ListPartitionRouter.request_option"_s, u"RequestOption"_s},
        {u"ParentStreamConfig.request_option"_s, u"RequestOption"_s},
        {u"ParentStreamConfig.stream"_s, u"DeclarativeStream"_s},
        {u"RecordSelector.extractor"_s, u"DpathExtractor"_s},
        {u"RecordSelector.record_filter"_s, u"RecordFilter"_s},
        {u"SimpleRetriever.paginator"_s, u"NoPagination"_s},
        {u"SimpleRetriever.record_selector"_s, u"RecordSelector"_s},
        {u"SimpleRetriever.requester"_s, u"HttpRequester"_s},
        {u"SubstreamPartitionRouter.parent_stream_configs"_s, u"ParentStreamConfig"_s},
        {u"AddFields.fields"_s, u"AddedFieldDefinition"_s},
        {u"CustomPartitionRouter.parent_stream_configs"_s, u"ParentStreamConfig"_s},
        {u"DynamicSchemaLoader.retriever"_s, u"SimpleRetriever"_s},
        {u"SchemaTypeIdentifier.types_map"_s, u"TypesMap"_s},
        {u"StreamGroup.streams"_s, u"DeclarativeStream"_s},
    };
    return table;
}

// Same, for components that give a class_name (custom Python code).
const QHash<QString, QString> &customTypes()
{
    static const QHash<QString, QString> table{
        {u"CompositeErrorHandler.backoff_strategies"_s, u"CustomBackoffStrategy"_s},
        {u"DeclarativeStream.retriever"_s, u"CustomRetriever"_s},
        {u"DeclarativeStream.transformations"_s, u"CustomTransformation"_s},
        {u"DefaultErrorHandler.backoff_strategies"_s, u"CustomBackoffStrategy"_s},
        {u"DefaultPaginator.pagination_strategy"_s, u"CustomPaginationStrategy"_s},
        {u"HttpRequester.authenticator"_s, u"CustomAuthenticator"_s},
        {u"HttpRequester.error_handler"_s, u"CustomErrorHandler"_s},
        {u"RecordSelector.extractor"_s, u"CustomRecordExtractor"_s},
        {u"SimpleRetriever.partition_router"_s, u"CustomPartitionRouter"_s},
    };
    return table;
}

// Fields holding a mapping of name -> component.
const QHash<QString, QString> &mappedComponentTypes()
{
    static const QHash<QString, QString> table{{u"DeclarativeSource.stream_groups"_s, u"StreamGroup"_s}};
    return table;
}

bool truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    }
    return false;
}

bool isJsonSchemaObject(const QJsonObject &component)
{
    const QJsonValue type = component.value(kType);
    return type == QJsonValue(u"object"_s) || type == QJsonValue(QJsonArray{u"null"_s, u"object"_s});
}

QJsonObject propagateComponent(const QString &fieldId, QJsonObject component, QJsonObject parameters);

QJsonObject withNestedComponents(const QString &fieldId, QJsonObject component, const QJsonObject &parameters)
{
    for (auto it = component.begin(); it != component.end(); ++it) {
        const QJsonObject child = it.value().toObject();
        if (it.value().isObject() && truthy(child.value(kType)))
            it.value() = propagateComponent(fieldId, child, parameters);
    }
    return component;
}

QJsonObject propagateComponent(const QString &fieldId, QJsonObject component, QJsonObject parameters)
{
    if (!component.contains(kType)) {
        const auto &table = component.contains(u"class_name"_s) ? customTypes() : defaultTypes();
        if (const auto found = table.constFind(fieldId); found != table.constEnd())
            component.insert(kType, *found);
    }
    // The component's own parameters win over inherited ones.
    const QJsonObject own = component.take(kParameters).toObject();
    for (auto it = own.constBegin(); it != own.constEnd(); ++it)
        parameters.insert(it.key(), it.value());

    if (isJsonSchemaObject(component))
        return component;
    if (!component.contains(kType)) {
        // A plain mapping (request_parameters, ...) may still hold typed components.
        return withNestedComponents(fieldId, component, parameters);
    }
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        if (!truthy(component.value(it.key())))
            component.insert(it.key(), it.value());
    }
    const QString type = component.value(kType).toString();
    for (auto field = component.begin(); field != component.end(); ++field) {
        const QJsonValue value = field.value();
        if (!value.isObject() && !value.isArray())
            continue;
        // A parameter named like the field is not passed into it (it would feed itself).
        QJsonObject childParameters = parameters;
        childParameters.remove(field.key());
        const QString childId = type % u'.' % field.key();
        if (value.isObject()) {
            const auto mapped = mappedComponentTypes().constFind(childId);
            if (mapped != mappedComponentTypes().constEnd()) {
                QJsonObject entries = value.toObject();
                for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
                    if (!entry.value().isObject())
                        continue;
                    QJsonObject child = entry.value().toObject();
                    if (!child.contains(kType))
                        child.insert(kType, *mapped);
                    entry.value() = propagateComponent(childId, child, childParameters);
                }
                field.value() = entries;
            } else {
                field.value() = propagateComponent(childId, value.toObject(), childParameters);
            }
        } else {
            QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (items.at(i).isObject())
                    items[i] = propagateComponent(childId, items.at(i).toObject(), childParameters);
            }
            field.value() = items;
        }
    }
    if (!parameters.isEmpty())
        component.insert(kParameters, parameters);
    return component;
}

} // namespace

QJsonObject propagate(const QJsonObject &resolvedManifest)
{
    return propagateComponent(QString(), resolvedManifest, QJsonObject());
}

} // namespace airdesk::manifest::ManifestComponents
