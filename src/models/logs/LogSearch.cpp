#include "models/logs/LogSearch.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace airdesk::models::LogSearch {

namespace {

constexpr qint64 CancelCheckBytes = qint64(4) << 20;

constexpr std::array<unsigned char, 256> foldTable()
{
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c | 0x20) : static_cast<unsigned char>(c);
    return table;
}

constexpr std::array<unsigned char, 256> Fold = foldTable();

bool isLetter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool restMatches(const unsigned char *at, const unsigned char *needle, qsizetype length)
{
    for (qsizetype i = 1; i < length; ++i) {
        if (Fold[at[i]] != Fold[needle[i]])
            return false;
    }
    return true;
}

/// The first position in [from, to) whose byte, with 0x20 set, equals `key` (a lower-case
/// letter); candidates only: '@' matches 'a'-style keys too, the caller checks the byte.
/// Eight bytes at a time with the "has zero byte" trick.
const unsigned char *findCandidate(const unsigned char *from, const unsigned char *to, unsigned char key)
{
    constexpr std::uint64_t Ones = 0x0101010101010101ULL;
    constexpr std::uint64_t Highs = 0x8080808080808080ULL;
    const std::uint64_t pattern = Ones * key;
    const std::uint64_t caseBits = Ones * 0x20;
    const unsigned char *p = from;
    while (to - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, sizeof word);
        const std::uint64_t x = (word | caseBits) ^ pattern;
        if ((x - Ones) & ~x & Highs)
            break; // some byte of this word is a candidate; find it bytewise
        p += 8;
    }
    for (; p < to; ++p) {
        if ((*p | 0x20) == key)
            return p;
    }
    return to;
}

} // namespace

std::vector<qint64> findAll(QByteArrayView haystack, QByteArrayView needle, const std::atomic_bool *cancel)
{
    std::vector<qint64> out;
    const qsizetype length = needle.size();
    if (length == 0 || haystack.size() < length)
        return out;
    const auto *const base = reinterpret_cast<const unsigned char *>(haystack.data());
    const auto *const n = reinterpret_cast<const unsigned char *>(needle.data());
    const unsigned char *const last = base + (haystack.size() - length) + 1; // candidates start before this
    const unsigned char first = Fold[n[0]];
    const bool letter = isLetter(n[0]);
    const unsigned char *p = base;
    const unsigned char *nextCheck = base + CancelCheckBytes;
    while (p < last) {
        const unsigned char *hit;
        if (letter) {
            hit = findCandidate(p, last, first);
        } else {
            const void *found = std::memchr(p, first, size_t(last - p));
            hit = found ? static_cast<const unsigned char *>(found) : last;
        }
        if (hit >= last)
            break;
        if (Fold[*hit] == first && restMatches(hit, n, length)) {
            out.push_back(qint64(hit - base));
            p = hit + length;
        } else {
            p = hit + 1;
        }
        if (p >= nextCheck) {
            nextCheck = p + CancelCheckBytes;
            if (cancel && cancel->load(std::memory_order_relaxed))
                break;
        }
    }
    return out;
}

} // namespace airdesk::models::LogSearch
