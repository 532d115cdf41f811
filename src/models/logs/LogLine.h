#pragma once

#include "core/domain/LogEvent.h"

#include <QByteArrayView>
#include <QString>

/// How one raw log line is read: its level, and the text a person sees (ANSI colour codes
/// removed, PyAirbyte's epoch-millisecond timestamps shown as a date). Pure functions over
/// bytes, so the indexer and the model share them.
namespace airdesk::models::LogLine {

using Level = domain::LogEvent::Level;

/// How far into a line a level word is looked for; levels come early in every format we read.
inline constexpr qsizetype LevelScanBytes = 160;

/// The first whole word among trace, debug, info, warn(ing), error, fatal (any case) in the
/// line's first LevelScanBytes bytes, skipping ANSI escape sequences; Unknown when none.
Level detectLevel(const char *data, qsizetype size);
inline Level detectLevel(QByteArrayView line) { return detectLevel(line.data(), line.size()); }

/// The line without ANSI escape sequences (CSI "ESC [ ... final" and two-byte "ESC x").
QByteArray stripAnsi(QByteArrayView line);

/// The line as shown: UTF-8 decoded, ANSI codes stripped, a trailing '\r' dropped, and a
/// leading "[<13-digit epoch ms>]" rewritten as "[yyyy-MM-dd HH:mm:ss.zzz]" (UTC).
QString displayText(QByteArrayView line);

} // namespace airdesk::models::LogLine
