package org.reportdesk.ui.autosave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.TextChange;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.session.ReportSession;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.store.MemorySnapshots;
import org.reportdesk.testing.InMemoryReportRepository;

/** On SIGTERM the hook asks the autosave to store what its 0.8 s delay still holds, and waits for it. */
class ShutdownFlushTest {

    @Test
    void flushNowStoresAChangeTheTimerHasNotYetWritten() {
        InMemoryReportRepository reports = new InMemoryReportRepository();
        ExecutorService io = Executors.newSingleThreadExecutor();
        TaskExecutor background = new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<? super T> ok, Consumer<? super Throwable> failed) {
                io.execute(() -> {
                    try {
                        Thread.sleep(200);
                        work.call();
                    } catch (Exception e) {
                        failed.accept(e);
                    }
                });
            }

            @Override
            public void shutdown() {
                io.shutdown();
            }
        };
        Report r = new Report();
        r.setTitle("草稿");
        r.root().add(new Section("一", RichText.ofPlain("第一稿")));
        ReportSession session = new ReportSession();
        Autosave a = new Autosave(session, reports, new MemorySnapshots(), background, (d, action) -> { }, Clock.systemUTC(), e -> { });
        session.open(r);
        assertThat(a.flushNow(Duration.ofSeconds(30))).as("a new report is stored at once").isTrue();
        Section s = r.sections().get(0);
        session.apply(TextChange.body(s, s.body(), RichText.ofPlain("最后一笔")));
        assertThat(reports.load(reports.list().get(0).id()).sections().get(0).body().plainText())
                .as("the timer never fires here").isEqualTo("第一稿");
        assertThat(a.flushNow(Duration.ofSeconds(30))).as("stored within the budget").isTrue();
        assertThat(reports.list()).hasSize(1);
        assertThat(reports.load(reports.list().get(0).id()).sections().get(0).body().plainText()).isEqualTo("最后一笔");
        background.shutdown();
    }
}
