package org.reportdesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import org.reportdesk.text.CharCounter;

/** A version history kept in memory: for tests and for services built without a database. */
public final class MemorySnapshots implements SnapshotRepository {

    private record Entry(SnapshotInfo info, String json) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized SnapshotInfo take(Report r, SnapshotReason reason, Instant at) {
        SnapshotInfo info = new SnapshotInfo(entries.size() + 1L, r.id(), at, reason, r.title(), CharCounter.count(r));
        entries.add(new Entry(info, ReportJson.write(r)));
        return info;
    }

    @Override
    public synchronized List<SnapshotInfo> list(long reportId) {
        return entries.stream().map(Entry::info).filter(i -> i.reportId() == reportId)
                .sorted(Comparator.comparing(SnapshotInfo::takenAt).thenComparing(SnapshotInfo::id).reversed()).toList();
    }

    @Override
    public synchronized Report load(long snapshotId) {
        for (Entry e : entries) {
            if (e.info().id() == snapshotId) {
                Report r = ReportJson.read(e.json());
                r.setId(e.info().reportId());
                return r;
            }
        }
        throw new StoreException("store.snapshotMissing", snapshotId);
    }
}
