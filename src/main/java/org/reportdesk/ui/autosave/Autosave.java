package org.reportdesk.ui.autosave;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reportdesk.services.CoalescingWriter;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.session.ReportChange;
import org.reportdesk.session.ReportListener;
import org.reportdesk.session.ReportSession;
import org.reportdesk.store.ReportRepository;
import org.reportdesk.store.SnapshotReason;
import org.reportdesk.store.SnapshotRepository;

/**
 * Keeps the session's open report stored: a change is written at most {@link #DELAY} later, off the
 * UI thread, only the newest state when changes come faster than writes; a timed snapshot joins a
 * write after every {@link #SNAPSHOT_EVERY} of editing. A report that was never stored (new,
 * imported, rolled forward) is stored the moment it opens. {@link #flush()} writes at once (close,
 * switching reports, Ctrl+S).
 */
public final class Autosave {

    public static final Duration DELAY = Duration.ofMillis(800);
    public static final Duration SNAPSHOT_EVERY = Duration.ofMinutes(10);

    /**
     * What one background write does: the stored report and, when asked, a snapshot of it. {@code open}
     * is the report object the copy was taken from.
     */
    private record Job(Report open, Report copy, long change, SnapshotReason snapshot) {
        /** A newer job of the same report replacing this one keeps this one's snapshot request. */
        Job then(Job newer) {
            return newer.snapshot != null ? newer : new Job(newer.open, newer.copy, newer.change, snapshot);
        }
    }

    /** Jobs not yet taken, one per report: switching reports never drops the last report's edits. */
    private record Batch(List<Job> jobs) {
        static Batch of(Job job) {
            return new Batch(List.of(job));
        }

        Batch then(Batch newer) {
            List<Job> out = new ArrayList<>(jobs);
            for (Job n : newer.jobs) {
                int i = indexOf(out, n.open());
                if (i < 0) {
                    out.add(n);
                } else {
                    out.set(i, out.get(i).then(n));
                }
            }
            return new Batch(List.copyOf(out));
        }

        private static int indexOf(List<Job> jobs, Report open) {
            for (int i = 0; i < jobs.size(); i++) {
                if (jobs.get(i).open() == open) {
                    return i;
                }
            }
            return -1;
        }
    }

    private record Done(Report open, Report saved, long change) {
    }

    private final ReportSession session;
    private final ReportRepository reports;
    private final SnapshotRepository snapshots;
    private final Delay delay;
    private final Clock clock;
    private final CoalescingWriter<Batch, List<Done>> writer;
    private final BooleanProperty unsaved = new SimpleBooleanProperty();
    private final javafx.beans.property.ObjectProperty<Instant> lastSaved = new javafx.beans.property.SimpleObjectProperty<>();
    /** Ids given by the store to reports opened unstored, by the open report object; read on the writer's thread. */
    private final Map<Report, Long> storedIds = Collections.synchronizedMap(new IdentityHashMap<>());
    private final TaskExecutor executor;
    private final Runnable checkAfterWrite;
    private final List<StoreWatcher> watchers = new CopyOnWriteArrayList<>();
    /** The failure of the last write, null after a write that succeeded; written on the save lane. */
    private volatile Throwable lastFailure;
    private Report report;
    private Instant lastTimedSnapshot;
    private long changes;
    private boolean scheduled;

    public Autosave(ReportSession session, ReportRepository reports, SnapshotRepository snapshots, TaskExecutor executor,
                    Delay delay, Clock clock, Consumer<Throwable> onFailed) {
        this(session, reports, snapshots, executor, delay, clock, onFailed, () -> { });
    }

    /**
     * {@code checkAfterWrite} runs on the save lane after every write and throws when the write
     * cannot be trusted (e.g. the data folder was deleted: the database still writes into the
     * unlinked file), so the write counts as failed.
     */
    public Autosave(ReportSession session, ReportRepository reports, SnapshotRepository snapshots, TaskExecutor executor,
                    Delay delay, Clock clock, Consumer<Throwable> onFailed, Runnable checkAfterWrite) {
        this.session = session;
        this.executor = executor;
        this.checkAfterWrite = checkAfterWrite;
        this.reports = reports;
        this.snapshots = snapshots;
        this.delay = delay;
        this.clock = clock;
        this.lastTimedSnapshot = clock.instant();
        this.writer = new CoalescingWriter<>(executor, this::write, Batch::then, this::written, onFailed);
        session.subscribe(new ReportListener() {
            @Override
            public void changed(ReportChange change) {
                if (change instanceof ReportChange.Opened o) {
                    opened(o.report());
                } else {
                    Autosave.this.changed();
                }
            }
        });
    }

    private void opened(Report r) {
        flush();
        report = r;
        lastTimedSnapshot = clock.instant();
        unsaved.set(false);
        lastSaved.set(null);
        if (r != null && r.id() == null) {
            changed();
            flush();
        }
    }

    /** True while a change is not yet stored. */
    public BooleanProperty unsavedProperty() {
        return unsaved;
    }

    /** When the open report was last stored whole; null before its first store in this session. */
    public javafx.beans.property.ReadOnlyObjectProperty<Instant> lastSavedProperty() {
        return lastSaved;
    }

    /** The report changed: it is written within {@link #DELAY}. */
    private void changed() {
        if (report == null) {
            return;
        }
        changes++;
        unsaved.set(true);
        if (!scheduled) {
            scheduled = true;
            delay.after(DELAY, this::flushScheduled);
        }
    }

    private void flushScheduled() {
        scheduled = false;
        flush();
    }

    /** Writes the unsaved state now (in the background). */
    public void flush() {
        if (unsaved.get() && report != null) {
            offer(null);
        }
    }

    /**
     * Writes what is not yet stored and returns a future that completes once every write offered
     * so far has ended: normally when the last one stored the report, exceptionally with its
     * failure. Call on the UI thread; the future completes on the save lane, so the UI thread may
     * wait for it (with a bound) without a dead lock.
     */
    public CompletableFuture<Void> flushAndConfirm() {
        flush();
        CompletableFuture<Void> done = new CompletableFuture<>();
        // The save lane runs in order: this runs after the writes queued above.
        executor.submit(TaskExecutor.Lane.SAVE, () -> {
            Throwable t = lastFailure;
            if (t == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(t);
            }
            return null;
        }, ignored -> { }, ignored -> { });
        return done;
    }

    /** The number of changes seen so far; a write acknowledges the changes up to the one it took. */
    public long changeCount() {
        return changes;
    }

    /** Adds a watcher told about every write of the open report (used by the crash-recovery harness). */
    public void watch(StoreWatcher watcher) {
        watchers.add(watcher);
    }

    /** Writes the current state now, stored or not, with a snapshot for {@code reason}. */
    public void saveWithSnapshot(SnapshotReason reason) {
        if (report != null) {
            offer(reason);
        }
    }

    private void offer(SnapshotReason snapshot) {
        SnapshotReason reason = snapshot;
        Instant now = clock.instant();
        if (reason == null && Duration.between(lastTimedSnapshot, now).compareTo(SNAPSHOT_EVERY) >= 0) {
            reason = SnapshotReason.TIMED;
        }
        if (reason != null) {
            lastTimedSnapshot = now;
        }
        writer.offer(Batch.of(new Job(report, session.report() == report ? session.snapshot() : report.copy(), changes, reason)));
    }

    /** Runs on the background thread. */
    private List<Done> write(Batch batch) {
        List<Done> done = new ArrayList<>();
        try {
            for (Job job : batch.jobs()) {
                watchers.forEach(w -> w.storing(job.copy(), job.change()));
                done.add(write(job));
            }
            checkAfterWrite.run();
        } catch (RuntimeException | Error e) {
            lastFailure = e;
            throw e;
        }
        lastFailure = null;
        return done;
    }

    private Done write(Job job) {
        Report copy = job.copy();
        if (copy.id() == null) {
            copy.setId(storedIds.get(job.open()));
        }
        Report saved = reports.save(copy);
        storedIds.put(job.open(), saved.id());
        if (job.snapshot() != null) {
            snapshots.take(saved, job.snapshot(), clock.instant());
        }
        return new Done(job.open(), saved, job.change());
    }

    private void written(List<Done> done) {
        if (done != null) {
            done.forEach(this::written);
        }
    }

    private void written(Done d) {
        session.stored(d.open(), d.saved().id(), d.saved().createdAt(), d.saved().updatedAt());
        if (d.open() == report) {
            watchers.forEach(w -> w.stored(d.change()));
        }
        if (d.open() == report && d.change() == changes) {
            unsaved.set(false);
            lastSaved.set(clock.instant());
        }
    }

}
