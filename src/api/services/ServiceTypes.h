#pragma once

#include "api/ApiError.h"

#include <QList>

#include <functional>

namespace airdesk::api {

/// How services report back. Exactly one of the two happens per call: the value (with an
/// empty error), or a default value with the error. Callbacks run on the caller's context
/// object and are dropped when it is destroyed.
template <typename T>
using ResultCallback = std::function<void(const T &value, const ApiError &error)>;

/// For lists: rows in list order, a page at a time, as soon as they arrive.
template <typename T>
using RowsCallback = std::function<void(const QList<T> &rows)>;

/// The end of a list: how many rows were delivered, or the error that stopped it.
using ListDoneCallback = std::function<void(int totalRows, const ApiError &error)>;

/// For calls that return nothing (deletes).
using DoneCallback = std::function<void(const ApiError &error)>;

} // namespace airdesk::api
