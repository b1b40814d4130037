package org.reportdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another local user can reach the port, but cannot grow the app, stall it, or make it act. */
class InstanceGuardSafetyTest {

    @TempDir
    Path dir;

    private static int port(Path dir) throws Exception {
        return Integer.parseInt(Files.readString(dir.resolve(InstanceGuard.PORT)).split(" ")[0]);
    }

    @Test
    void thePortFileCarriesARandomTokenAndIsOwnerOnly() throws Exception {
        try (InstanceGuard g = InstanceGuard.acquire(dir).orElseThrow()) {
            String[] content = Files.readString(dir.resolve(InstanceGuard.PORT)).split(" ");
            assertThat(content[1]).hasSize(48).matches("[0-9a-f]+");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(InstanceGuard.PORT))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void withoutTheTokenNothingHappens() throws Exception {
        try (InstanceGuard g = InstanceGuard.acquire(dir).orElseThrow()) {
            AtomicInteger shown = new AtomicInteger();
            g.onShow(shown::incrementAndGet);
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port(dir)); OutputStream out = s.getOutputStream()) {
                out.write("SHOW\n".getBytes(StandardCharsets.US_ASCII));
                out.write(("SHOW " + "0".repeat(48) + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            CountDownLatch real = new CountDownLatch(1);
            g.onShow(() -> {
                shown.incrementAndGet();
                real.countDown();
            });
            assertThat(InstanceGuard.signalRunning(dir)).isTrue();
            assertThat(real.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(shown.get()).as("only the start that knew the token").isEqualTo(1);
        }
    }

    @Test
    void aFloodWithoutANewlineAndASilentConnectionDoNotStopTheListener() throws Exception {
        try (InstanceGuard g = InstanceGuard.acquire(dir).orElseThrow()) {
            CountDownLatch shown = new CountDownLatch(1);
            g.onShow(shown::countDown);
            long heapBefore = usedHeap();
            long t0 = System.nanoTime();
            try (Socket flood = new Socket(InetAddress.getLoopbackAddress(), port(dir));
                 Socket silent = new Socket(InetAddress.getLoopbackAddress(), port(dir))) {
                byte[] mb = new byte[1 << 20];
                java.util.Arrays.fill(mb, (byte) 'A');
                OutputStream out = flood.getOutputStream();
                int sent = 0;
                try {
                    for (; sent < 64; sent++) {
                        out.write(mb);
                    }
                } catch (java.io.IOException closedByTheListener) {
                    // expected: the listener reads a few bytes, then hangs up
                }
                System.out.printf("instance port: flood stopped after %d MB sent; ", sent);
                assertThat(InstanceGuard.signalRunning(dir)).isTrue();
                assertThat(shown.await(15, TimeUnit.SECONDS)).as("the real second start is still heard").isTrue();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long grewMb = Math.max(0, usedHeap() - heapBefore) >> 20;
            System.out.printf("window shown %d ms after the flood began; heap grew %d MB%n", ms, grewMb);
            assertThat(grewMb).isLessThan(64);
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
