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
import org.reportdesk.model.TextChange;
import org.reportdesk.session.ReportSession;
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

    private final ReportSession session = new ReportSession();

    private Autosave autosave(TaskExecutor io) {
        return new Autosave(session, reports, snapshots, io, delay, clock, e -> { throw new AssertionError(e); });
    }

    private void type(String text) {
        Section s = session.report().sections().get(0);
        session.apply(TextChange.body(s, s.body(), RichText.ofPlain(text)));
    }

    @Test
    void aNewReportIsStoredTheMomentItOpensBeforeAnyEdit() {
        Autosave a = autosave(new DirectTaskExecutor());
        Report r = report();
        session.open(r);
        assertThat(reports.size()).isEqualTo(1);
        assertThat(r.id()).isNotNull();
        assertThat(reports.load(r.id()).sections().get(0).body().plainText()).isEqualTo("第一稿");
        assertThat(a.unsavedProperty().get()).isFalse();
    }

    @Test
    void anEditIsStoredWithinTheDelay() {
        Autosave a = autosave(new DirectTaskExecutor());
        Report r = report();
        session.open(r);
        type("第二稿");
        assertThat(a.unsavedProperty().get()).isTrue();
        assertThat(timers).hasSize(1);
        fireTimers();
        assertThat(reports.load(r.id()).sections().get(0).body().plainText()).isEqualTo("第二稿");
        assertThat(a.unsavedProperty().get()).isFalse();
    }

    @Test
    void changesDuringAWriteAreCoalescedIntoOneWriteOfTheLatestState() {
        HeldExecutor io = new HeldExecutor();
        Autosave a = autosave(io);
        Report r = report();
        session.open(r);
        for (int i = 1; i <= 50; i++) {
            type("稿" + i);
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
        HeldExecutor io = new HeldExecutor();
        Autosave a = autosave(io);
        Report r = report();
        session.open(r);
        a.saveWithSnapshot(SnapshotReason.MANUAL);
        type("第二稿");
        a.flush();
        io.runAll();
        assertThat(snapshots.list(r.id())).extracting(s -> s.reason()).containsExactly(SnapshotReason.MANUAL);

        now = now.plus(Duration.ofMinutes(11));
        type("第三稿");
        fireTimers();
        io.runAll();
        assertThat(snapshots.list(r.id())).extracting(s -> s.reason()).containsExactly(SnapshotReason.TIMED, SnapshotReason.MANUAL);
    }

    @Test
    void aChangeAfterTheWriteStartedKeepsTheReportUnsaved() {
        HeldExecutor io = new HeldExecutor();
        Autosave a = autosave(io);
        session.open(report());
        io.runAll();
        type("第二稿");
        a.flush();
        Runnable first = io.queued.remove(0);
        type("第三稿");
        first.run();
        assertThat(a.unsavedProperty().get()).isTrue();
        a.flush();
        io.runAll();
        assertThat(a.unsavedProperty().get()).isFalse();
    }

    @Test
    void openingAnotherReportStoresThePendingEditsOfTheFirst() {
        HeldExecutor io = new HeldExecutor();
        autosave(io);
        Report first = report();
        session.open(first);
        io.runAll();
        type("未存的修改");
        Report second = report();
        second.setTitle("另一份报告");
        session.open(second);
        io.runAll();
        assertThat(reports.size()).isEqualTo(2);
        assertThat(reports.load(first.id()).sections().get(0).body().plainText()).isEqualTo("未存的修改");
        assertThat(second.id()).isNotNull().isNotEqualTo(first.id());
    }
}
