package org.reportdesk.ui.autosave;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reportdesk.app.CoalescingWriter;
import org.reportdesk.app.ShutdownFlush;
import org.reportdesk.app.TaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.store.ReportRepository;
import org.reportdesk.store.SnapshotReason;
import org.reportdesk.store.SnapshotRepository;

/**
 * Keeps one open report stored: a change is written at most {@link #DELAY} later, off the UI
 * thread, only the newest state when changes come faster than writes; a timed snapshot joins a
 * write after every {@link #SNAPSHOT_EVERY} of editing. {@link #flush()} writes at once (close,
 * switching reports, Ctrl+S).
 */
public final class Autosave implements ShutdownFlush.PendingWork {

    public static final Duration DELAY = Duration.ofMillis(800);
    public static final Duration SNAPSHOT_EVERY = Duration.ofMinutes(10);
    private static final long FX_WAIT_MS = 300;

    /** What one background write does: the stored report and, when asked, a snapshot of it. */
    private record Job(Report copy, long change, SnapshotReason snapshot) {
        /** A newer job replacing this one keeps this one's snapshot request. */
        Job then(Job newer) {
            return newer.snapshot != null ? newer : new Job(newer.copy, newer.change, snapshot);
        }
    }

    private record Done(Report saved, long change) {
    }

    private final Report report;
    private final ReportRepository reports;
    private final SnapshotRepository snapshots;
    private final Delay delay;
    private final Clock clock;
    private final CoalescingWriter<Job, Done> writer;
    private final BooleanProperty unsaved = new SimpleBooleanProperty();
    private volatile Long storedId;
    private Instant lastTimedSnapshot;
    private long changes;
    private boolean scheduled;

    public Autosave(Report report, ReportRepository reports, SnapshotRepository snapshots, TaskExecutor executor,
                    Delay delay, Clock clock, Consumer<Throwable> onFailed) {
        this.report = report;
        this.reports = reports;
        this.snapshots = snapshots;
        this.delay = delay;
        this.clock = clock;
        this.storedId = report.id();
        this.lastTimedSnapshot = clock.instant();
        this.writer = new CoalescingWriter<>(executor, this::write, Job::then, this::written, onFailed);
        ShutdownFlush.track(this);
    }

    public Report report() {
        return report;
    }

    /** True while a change is not yet stored. */
    public BooleanProperty unsavedProperty() {
        return unsaved;
    }

    /** The report changed: it is written within {@link #DELAY}. */
    public void changed() {
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
        if (unsaved.get()) {
            offer(null);
        }
    }

    /**
     * Writes the unsaved state and waits for it to be stored, at most {@code timeout}; from any
     * thread (the shutdown hook on SIGTERM). True when everything is stored.
     */
    @Override
    public boolean flushNow(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        try {
            if (Platform.isFxApplicationThread()) {
                flush();
            } else {
                CountDownLatch offered = new CountDownLatch(1);
                try {
                    Platform.runLater(() -> {
                        flush();
                        offered.countDown();
                    });
                } catch (IllegalStateException toolkitNotRunning) {
                    // no UI thread left to race with: take the state from here
                    flush();
                    offered.countDown();
                }
                if (!offered.await(Math.min(FX_WAIT_MS, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                    // On SIGTERM the FX thread no longer runs posted work (measured: never); it no
                    // longer edits either, so the state is taken from here rather than lost.
                    flush();
                }
            }
            return writer.awaitIdle(Duration.ofNanos(Math.max(0, until - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes the current state now, stored or not, with a snapshot for {@code reason}. */
    public void saveWithSnapshot(SnapshotReason reason) {
        offer(reason);
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
        writer.offer(new Job(report.copy(), changes, reason));
    }

    /** Runs on the background thread. */
    private Done write(Job job) {
        Report copy = job.copy();
        if (copy.id() == null) {
            copy.setId(storedId);
        }
        Report saved = reports.save(copy);
        storedId = saved.id();
        if (job.snapshot() != null) {
            snapshots.take(saved, job.snapshot(), clock.instant());
        }
        return new Done(saved, job.change());
    }

    private void written(Done d) {
        if (d == null) {
            return;
        }
        report.setId(d.saved().id());
        report.setCreatedAt(d.saved().createdAt());
        report.setUpdatedAt(d.saved().updatedAt());
        if (d.change() == changes) {
            unsaved.set(false);
        }
    }

}
