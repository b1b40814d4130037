package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotThinningTest {

    private final SnapshotThinning policy = new SnapshotThinning(ZoneOffset.UTC);
    private final Instant now = Instant.parse("2026-06-15T12:00:00Z");

    @Test
    void everySnapshotOfTheLastDayIsKept() {
        List<Instant> taken = new ArrayList<>();
        for (int m = 0; m < 24 * 60; m += 10) {
            taken.add(now.minus(Duration.ofMinutes(m)));
        }
        assertThat(policy.toDrop(taken, now)).isEmpty();
    }

    @Test
    void olderThanADayTheNewestOfEachDayIsKept() {
        Instant d5morning = Instant.parse("2026-06-10T08:00:00Z");
        Instant d5noon = Instant.parse("2026-06-10T12:00:00Z");
        Instant d5evening = Instant.parse("2026-06-10T18:00:00Z");
        Instant d6 = Instant.parse("2026-06-11T09:00:00Z");
        Set<Instant> drop = policy.toDrop(List.of(d5morning, d5noon, d5evening, d6), now);
        assertThat(drop).containsExactlyInAnyOrder(d5morning, d5noon);
    }

    @Test
    void olderThanAMonthTheNewestOfEachWeekIsKept() {
        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        Instant wednesday = Instant.parse("2026-03-04T09:00:00Z");
        Instant sunday = Instant.parse("2026-03-08T09:00:00Z");
        Instant nextMonday = Instant.parse("2026-03-09T09:00:00Z");
        Set<Instant> drop = policy.toDrop(List.of(monday, wednesday, sunday, nextMonday), now);
        assertThat(drop).containsExactlyInAnyOrder(monday, wednesday);
    }

    @Test
    void aYearOfTenMinuteSnapshotsThinsToAFewHundred() {
        List<Instant> taken = new ArrayList<>();
        for (Instant t = now.minus(Duration.ofDays(365)); t.isBefore(now); t = t.plus(Duration.ofMinutes(10))) {
            taken.add(t);
        }
        int kept = taken.size() - policy.toDrop(taken, now).size();
        // 144 from the last day + ~29 days + ~48 weeks
        assertThat(kept).isBetween(144 + 29 + 45, 144 + 31 + 50);
    }
}
