package org.reportdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceGuardTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartFindsTheFolderTakenAndAsksTheFirstToShowItself() throws Exception {
        try (InstanceGuard first = InstanceGuard.acquire(dir).orElseThrow()) {
            CountDownLatch shown = new CountDownLatch(1);
            first.onShow(shown::countDown);
            assertThat(InstanceGuard.acquire(dir)).isEmpty();
            assertThat(InstanceGuard.signalRunning(dir)).isTrue();
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
        Optional<InstanceGuard> again = InstanceGuard.acquire(dir);
        assertThat(again).as("free again once the first has closed").isPresent();
        again.get().close();
    }
}
