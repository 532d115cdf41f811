#pragma once

#include "CliContext.h"

#include "api/services/ServiceTypes.h"

#include <QJsonArray>

namespace airdesk::cli {

/// Ends a list command: the rows as the API's JSON objects with --json, else as a table.
/// `toCells` turns one row into the table's cells.
template<typename T, typename ToCells>
void printRowsAndFinish(CliContext &ctx, const QList<T> &rows, const QStringList &headers, ToCells toCells)
{
    if (ctx.out().json()) {
        QJsonArray array;
        for (const T &row : rows)
            array.append(row.toJson());
        ctx.out().printJson(array);
    } else {
        QList<QStringList> table;
        table.reserve(rows.size());
        for (const T &row : rows)
            table.append(toCells(row));
        ctx.out().printTable(headers, table);
    }
    ctx.finish(CliOutput::Ok);
}

/// The callback delete commands end with: "deleted <id>", or the error.
inline api::DoneCallback deletedOrFail(CliContext &ctx, const QString &id)
{
    return [&ctx, id](const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        ctx.out().printLine(QStringLiteral("deleted ") + id);
        ctx.finish(CliOutput::Ok);
    };
}

} // namespace airdesk::cli
