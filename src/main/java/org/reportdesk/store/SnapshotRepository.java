package org.reportdesk.store;

import java.time.Instant;
import java.util.List;
import org.reportdesk.model.Report;

/** The version history of stored reports. Implementations throw {@link StoreException} on failure. */
public interface SnapshotRepository {

    /** Stores a copy of a report that has an id, then thins its history. */
    SnapshotInfo take(Report report, SnapshotReason reason, Instant at);

    /** A report's snapshots, newest first. */
    List<SnapshotInfo> list(long reportId);

    /** The report as it was in a snapshot. */
    Report load(long snapshotId);
}
