#pragma once

#include "ManifestPath.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace airdesk::manifest {

/// Explains why a manifest fails the declarative component schema in a person's words.
///
/// A validator's raw account of a failed `anyOf` lists every branch's failures; this walks the
/// schema itself (the JSON Schema subset the declarative schema uses: $ref, type, enum, const,
/// required, properties, additionalProperties, items, anyOf/oneOf/allOf, numeric, length and
/// item-count bounds) and, at each `anyOf`, follows the branch whose component `type` matches
/// the node's `type`, else the branch that got deepest, else names the allowed forms. Only run
/// on manifests the compiled schema rejected; verdicts come from valijson.
class SchemaErrorFinder final
{
public:
    struct Failure
    {
        ManifestPath path;
        QString message;
    };

    /// Reports at most this many failures.
    static constexpr qsizetype MaxFailures = 50;

    explicit SchemaErrorFinder(const QJsonObject &rootSchema);

    [[nodiscard]] QList<Failure> find(const QJsonValue &instance) const;

private:
    QList<Failure> check(const QJsonObject &schema, const QJsonValue &value, const ManifestPath &path,
                         int depth) const;
    QList<Failure> checkAlternatives(const QJsonArray &branches, const QJsonValue &value, const ManifestPath &path,
                                     int depth) const;
    QList<Failure> checkObject(const QJsonObject &schema, const QJsonObject &object, const ManifestPath &path,
                               int depth) const;
    QJsonObject deref(QJsonObject schema) const;
    QString describe(const QJsonObject &branch) const;

    QJsonObject m_root;
    QJsonObject m_definitions;
};

} // namespace airdesk::manifest
