package org.reportdesk.store;

import java.time.Instant;

/** One entry of a report's version history, without its content. */
public record SnapshotInfo(long id, long reportId, Instant takenAt, SnapshotReason reason, String title, int characters) {
}
