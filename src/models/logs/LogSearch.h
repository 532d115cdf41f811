#pragma once

#include <QByteArrayView>

#include <atomic>
#include <vector>

namespace airdesk::models::LogSearch {

/// Byte offsets of every occurrence of `needle` in `haystack`, in order and not overlapping,
/// ignoring ASCII case (other bytes, such as UTF-8 sequences, must match exactly). The scan
/// works on raw bytes: a match that an ANSI code splits in two is not found. Stops early,
/// with what it found so far, when `cancel` becomes true. An empty needle finds nothing.
std::vector<qint64> findAll(QByteArrayView haystack, QByteArrayView needle, const std::atomic_bool *cancel = nullptr);

} // namespace airdesk::models::LogSearch
