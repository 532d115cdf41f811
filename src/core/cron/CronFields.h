#pragma once

#include "core/cron/CronValueSet.h"

namespace airdesk::cron {

/// The parsed state of a Quartz cron expression: one value set per field plus the flags Quartz
/// keeps for the special day options (L, W, nL, n#k, L-n).
struct CronFields
{
    enum Field { Second = 0, Minute, Hour, DayOfMonth, Month, DayOfWeek, Year, FieldCount };
    // Quartz's marker values for '?' and '*', stored inside the value sets.
    static constexpr int NoSpec = 98;
    static constexpr int AllSpec = 99;

    CronValueSet sets[FieldCount];
    bool lastdayOfWeek = false;
    int nthdayOfWeek = 0;
    bool lastdayOfMonth = false;
    bool nearestWeekday = false;
    int lastdayOffset = 0;
    // Quartz's MAX_YEAR: the current year + 100 when the class was loaded. Used to fill '*' in the
    // year field and to give up on schedules that never fire.
    int maxYear = 2125;

    const CronValueSet &set(Field f) const { return sets[f]; }
};

} // namespace airdesk::cron
