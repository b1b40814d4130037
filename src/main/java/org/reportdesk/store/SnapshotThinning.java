package org.reportdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which snapshots to keep: every one from the last day, the newest of each day for a month, the
 * newest of each week after that. Pure: times in, times to drop out.
 */
public final class SnapshotThinning {

    private static final Duration ALL = Duration.ofDays(1);
    private static final Duration DAILY = Duration.ofDays(30);

    private final ZoneId zone;

    public SnapshotThinning(ZoneId zone) {
        this.zone = zone;
    }

    /** The snapshots (by time, newest first or any order) that the policy drops at {@code now}. */
    public Set<Instant> toDrop(Collection<Instant> taken, Instant now) {
        List<Instant> newestFirst = taken.stream().sorted((a, b) -> b.compareTo(a)).toList();
        Set<String> buckets = new HashSet<>();
        Set<Instant> drop = new HashSet<>();
        for (Instant t : newestFirst) {
            Duration age = Duration.between(t, now);
            if (age.compareTo(ALL) < 0) {
                continue;
            }
            LocalDate day = t.atZone(zone).toLocalDate();
            String bucket = age.compareTo(DAILY) < 0 ? "d" + day
                    : "w" + day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!buckets.add(bucket)) {
                drop.add(t);
            }
        }
        return drop;
    }
}
