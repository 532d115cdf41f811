#include "models/logs/LogLine.h"

#include <QDateTime>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace airdesk::models::LogLine {

namespace {

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

unsigned char lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c | 0x20) : c;
}

/// Bytes of the escape sequence starting at data[0] (an ESC), at least 1.
qsizetype escapeLength(const char *data, qsizetype size)
{
    if (size < 2)
        return 1;
    if (data[1] != '[')
        return 2; // ESC followed by one byte
    qsizetype i = 2;
    while (i < size) {
        const auto c = static_cast<unsigned char>(data[i++]);
        if (c >= 0x40 && c <= 0x7e)
            break;
    }
    return i;
}

struct LevelWord
{
    const char *word;
    qsizetype length;
    Level level;
};

constexpr std::array<LevelWord, 7> LevelWords{{
    {"trace", 5, Level::Trace},
    {"debug", 5, Level::Debug},
    {"info", 4, Level::Info},
    {"warning", 7, Level::Warn},
    {"warn", 4, Level::Warn},
    {"error", 5, Level::Error},
    {"fatal", 5, Level::Error},
}};

/// The level word starting at data[0], when it is a whole word.
Level levelWordAt(const char *data, qsizetype size)
{
    for (const LevelWord &w : LevelWords) {
        if (size < w.length)
            continue;
        bool same = true;
        for (qsizetype i = 0; i < w.length && same; ++i)
            same = lower(static_cast<unsigned char>(data[i])) == static_cast<unsigned char>(w.word[i]);
        if (same && (size == w.length || !isWordByte(static_cast<unsigned char>(data[w.length]))))
            return w.level;
    }
    return Level::Unknown;
}

bool isEpochMillisPrefix(QByteArrayView line)
{
    if (line.size() < 15 || line[0] != '[' || line[14] != ']')
        return false;
    for (qsizetype i = 1; i < 14; ++i) {
        if (line[i] < '0' || line[i] > '9')
            return false;
    }
    return true;
}

} // namespace

Level detectLevel(const char *data, qsizetype size)
{
    const qsizetype end = std::min(size, LevelScanBytes);
    bool wordStart = true;
    for (qsizetype i = 0; i < end;) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == 0x1b) {
            i += escapeLength(data + i, end - i);
            wordStart = true;
            continue;
        }
        if (wordStart && isWordByte(c)) {
            const unsigned char l = lower(c);
            if (l == 't' || l == 'd' || l == 'i' || l == 'w' || l == 'e' || l == 'f') {
                if (const Level level = levelWordAt(data + i, end - i); level != Level::Unknown)
                    return level;
            }
        }
        wordStart = !isWordByte(c);
        ++i;
    }
    return Level::Unknown;
}

QByteArray stripAnsi(QByteArrayView line)
{
    const char *data = line.data();
    const qsizetype size = line.size();
    if (!std::memchr(data, 0x1b, static_cast<size_t>(size)))
        return line.toByteArray();
    QByteArray out;
    out.reserve(size);
    for (qsizetype i = 0; i < size;) {
        if (data[i] == 0x1b) {
            i += escapeLength(data + i, size - i);
            continue;
        }
        out.append(data[i++]);
    }
    return out;
}

QString displayText(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (!isEpochMillisPrefix(line))
        return QString::fromUtf8(stripAnsi(line));
    const qint64 ms = line.sliced(1, 13).toLongLong();
    const QString when = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    return QString(u"["_s + when + u"]"_s + QString::fromUtf8(stripAnsi(line.sliced(15))));
}

} // namespace airdesk::models::LogLine
