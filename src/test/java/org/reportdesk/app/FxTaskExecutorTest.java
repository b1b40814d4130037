package org.reportdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.TaskExecutor.Lane;
import org.reportdesk.services.TaskExecutor.Task;

/** Lanes: saving never waits behind long work, and cancelled work never calls back. */
class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test started it
        }
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void aSaveRunsWhileALongImportIsStillRunning() throws Exception {
        CountDownLatch importMayFinish = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        AtomicReference<String> saveThread = new AtomicReference<>();
        executor.submit(Lane.LONG, () -> importMayFinish.await(10, TimeUnit.SECONDS), ok -> { }, e -> { });
        executor.submit(Lane.SAVE, () -> {
            saveThread.set(Thread.currentThread().getName());
            return null;
        }, ok -> saved.countDown(), e -> { });
        try {
            assertThat(saved.await(5, TimeUnit.SECONDS)).as("the save finished while the import was still running").isTrue();
            assertThat(saveThread.get()).isEqualTo("reportdesk-save");
        } finally {
            importMayFinish.countDown();
        }
    }

    @Test
    void cancelledLongWorkIsInterruptedAndNeverCallsBack() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicBoolean calledBack = new AtomicBoolean();
        Task task = executor.submit(Lane.LONG, () -> {
            started.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "done";
        }, ok -> calledBack.set(true), e -> calledBack.set(true));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(task.cancel()).isTrue();
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        CountDownLatch fxIdle = new CountDownLatch(1);
        Platform.runLater(fxIdle::countDown);
        assertThat(fxIdle.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(calledBack).isFalse();
    }
}
