package io.qrun.domain.instance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * An instance's usage period: a calendar month counted from the instance's period start (its
 * creation, or when an operator reset it), so a limit "per period" renews monthly on that day.
 */
public record UsagePeriod(Instant start, Instant end) {

    /** The period that contains {@code now}; the first one when {@code now} precedes the anchor. */
    public static UsagePeriod containing(Instant anchor, Instant now) {
        ZonedDateTime a = anchor.atZone(ZoneOffset.UTC);
        if (!now.isAfter(anchor)) {
            return new UsagePeriod(anchor, a.plusMonths(1).toInstant());
        }
        ZonedDateTime n = now.atZone(ZoneOffset.UTC);
        // k months after the anchor, counted on the calendar (plusMonths clamps Jan 31 to Feb 28)
        long k = (n.getYear() - a.getYear()) * 12L + (n.getMonthValue() - a.getMonthValue());
        if (a.plusMonths(k).toInstant().isAfter(now)) {
            k--;
        }
        ZonedDateTime start = a.plusMonths(k);
        ZonedDateTime end = a.plusMonths(k + 1);
        return new UsagePeriod(start.toInstant(), end.toInstant());
    }
}
