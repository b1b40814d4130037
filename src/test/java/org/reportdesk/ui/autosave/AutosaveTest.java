package org.reportdesk.ui.autosave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.store.MemorySnapshots;
import org.reportdesk.store.SnapshotReason;
import org.reportdesk.testing.InMemoryReportRepository;

class AutosaveTest {

    /** Holds submitted work until {@link #runAll()}: a background thread that is busy. */
    static final class HeldExecutor implements TaskExecutor {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> ok, Consumer<? super Throwable> failed) {
            queued.add(() -> new DirectTaskExecutor().submit(work, ok, failed));
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
        }

        @Override
        public void shutdown() {
        }
    }

    private final InMemoryReportRepository reports = new InMemoryReportRepository();
    private final MemorySnapshots snapshots = new MemorySnapshots();
    private final List<Runnable> timers = new ArrayList<>();
    private final Delay delay = (d, action) -> timers.add(action);
    private Instant now = Instant.parse("2026-05-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId z) { return this; }
        @Override public Instant instant() { return now; }
    };

    private static Report report() {
        Report r = new Report();
        r.setTitle("某县教育局工作总结");
        r.root().add(new Section("主要工作", RichText.ofPlain("第一稿")));
        return r;
    }

    private void fireTimers() {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void aNewReportIsStoredAfterItsFirstChangeWithinTheDelay() {
        Report r = report();
        Autosave a = new Autosave(r, reports, snapshots, new DirectTaskExecutor(), delay, clock, e -> { throw new AssertionError(e); });
        assertThat(reports.size()).isZero();
        r.sections().get(0).setBody(RichText.ofPlain("第二稿"));
        a.changed();
        assertThat(a.unsavedProperty().get()).isTrue();
        assertThat(timers).hasSize(1);
        fireTimers();
        assertThat(r.id()).isNotNull();
        assertThat(reports.load(r.id()).sections().get(0).body().plainText()).isEqualTo("第二稿");
        assertThat(a.unsavedProperty().get()).isFalse();
    }

    @Test
    void changesDuringAWriteAreCoalescedIntoOneWriteOfTheLatestState() {
        Report r = report();
        HeldExecutor io = new HeldExecutor();
        Autosave a = new Autosave(r, reports, snapshots, io, delay, clock, e -> { throw new AssertionError(e); });
        for (int i = 1; i <= 50; i++) {
            r.sections().get(0).setBody(RichText.ofPlain("稿" + i));
            a.changed();
            a.flush();
        }
        assertThat(io.queued).hasSize(1);
        io.runAll();
        assertThat(reports.size()).isEqualTo(1);
        assertThat(reports.load(r.id()).sections().get(0).body().plainText()).isEqualTo("稿50");
        assertThat(a.unsavedProperty().get()).isFalse();
    }

    @Test
    void aSnapshotRequestSurvivesBeingCoalescedAndTimedSnapshotsComeEveryTenMinutes() {
        Report r = report();
        HeldExecutor io = new HeldExecutor();
        Autosave a = new Autosave(r, reports, snapshots, io, delay, clock, e -> { throw new AssertionError(e); });
        a.saveWithSnapshot(SnapshotReason.MANUAL);
        a.changed();
        a.flush();
        io.runAll();
        assertThat(snapshots.list(r.id())).extracting(s -> s.reason()).containsExactly(SnapshotReason.MANUAL);

        now = now.plus(Duration.ofMinutes(11));
        a.changed();
        fireTimers();
        io.runAll();
        assertThat(snapshots.list(r.id())).extracting(s -> s.reason()).containsExactly(SnapshotReason.TIMED, SnapshotReason.MANUAL);
    }

    @Test
    void aChangeAfterTheWriteStartedKeepsTheReportUnsaved() {
        Report r = report();
        HeldExecutor io = new HeldExecutor();
        Autosave a = new Autosave(r, reports, snapshots, io, delay, clock, e -> { throw new AssertionError(e); });
        a.changed();
        a.flush();
        Runnable first = io.queued.remove(0);
        a.changed();
        first.run();
        assertThat(a.unsavedProperty().get()).isTrue();
        a.flush();
        io.runAll();
        assertThat(a.unsavedProperty().get()).isFalse();
    }
}
