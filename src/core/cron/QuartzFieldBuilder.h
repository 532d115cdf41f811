#pragma once

#include "core/cron/CronFields.h"

#include <QString>

namespace airdesk::cron {

/// What QuartzFieldBuilder throws. Quartz reports every problem by throwing; mirroring that keeps
/// the builder's control flow recognisably the same as the Java original's, which is what makes
/// the messages match. CronParser catches it; it never leaves the parser.
struct CronParseFailure
{
    QString message;
};

/// Stores the values of one list item of one field into CronFields, with Quartz's
/// storeExpressionVals()/checkNext()/addToSet() rules and messages.
class QuartzFieldBuilder
{
public:
    explicit QuartzFieldBuilder(CronFields &fields)
        : m_f(fields)
    {
    }

    /// One comma-separated item `s` (already upper-case) of field `type` (CronFields::Field).
    void storeExpressionVals(const QString &s, int type);

    [[noreturn]] static void fail(const QString &message);

private:
    struct ValueSet
    {
        int value;
        qsizetype pos;
    };

    CronValueSet &set(int type) { return m_f.sets[type]; }
    ValueSet getValue(int v, const QString &s, qsizetype i);
    qsizetype checkNext(qsizetype pos, const QString &s, int val, int type);
    void addToSet(int val, int end, int incr, int type);
    static void checkIncrementRange(int incr, int type);
    void parseNth(const QString &s, qsizetype i);

    CronFields &m_f;
};

} // namespace airdesk::cron
