package org.reportdesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A small file system of its own (tmpfs, Linux, needs the right to mount: root or CAP_SYS_ADMIN),
 * so a test can fill the disk under the data folder without touching the machine's disks.
 * {@link #mount} says why when it cannot (the test then skips with that sentence).
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler.bin");
    }

    /** Why no small disk can be had here. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String why) {
            super(why);
        }
    }

    /** Mounts a tmpfs of {@code megabytes} on {@code mountPoint}. */
    public static SmallDisk mount(Path mountPoint, int megabytes) throws Unavailable {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            throw new Unavailable("a small tmpfs disk needs Linux, this is " + System.getProperty("os.name"));
        }
        try {
            Files.createDirectories(mountPoint);
            String result = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0700", "tmpfs", mountPoint.toString());
            if (result != null) {
                throw new Unavailable("mounting a " + megabytes + " MB tmpfs was refused (" + result + ")");
            }
        } catch (IOException e) {
            throw new Unavailable("mount could not be run (" + e.getMessage() + ")");
        }
        return new SmallDisk(mountPoint);
    }

    public Path root() {
        return mountPoint;
    }

    /** Writes a filler file until the disk is full, {@code chunkKb} at a time with {@code pauseMs} between; returns the bytes written. */
    public long fill(int chunkKb, int pauseMs) throws InterruptedException {
        byte[] chunk = new byte[chunkKb * 1024];
        long written = 0;
        try (OutputStream o = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (true) {
                o.write(chunk);
                o.flush();
                written += chunk.length;
                if (pauseMs > 0) {
                    Thread.sleep(pauseMs);
                }
            }
        } catch (IOException full) {
            // ENOSPC: the disk is full, as wanted (a partial chunk may have gone in)
        }
        // Top up what a whole chunk no longer fitted into, one kilobyte at a time.
        try (OutputStream o = Files.newOutputStream(filler, StandardOpenOption.APPEND)) {
            byte[] k = new byte[1024];
            while (true) {
                o.write(k);
                o.flush();
            }
        } catch (IOException full) {
            return written;
        }
    }

    /** Frees the space the filler took. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    public long usableBytes() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    @Override
    public void close() throws IOException {
        String result = run("umount", "-l", mountPoint.toString());
        if (result != null) {
            throw new IOException("umount " + mountPoint + ": " + result);
        }
    }

    /** Null when the command succeeded, else its output. */
    private static String run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + (output.isEmpty() ? "" : ": " + output);
    }
}
