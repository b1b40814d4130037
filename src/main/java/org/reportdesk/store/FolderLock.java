package org.reportdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OS lock on {@code instance.lock} that makes one process the owner of a data folder (the
 * running app, or a restore). The OS releases it when the process dies, even by {@code kill -9}.
 */
public final class FolderLock implements AutoCloseable {

    public static final String FILE = "instance.lock";
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder, or empty when another process (or another lock in this one) holds it. */
    public static Optional<FolderLock> tryAcquire(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        OwnerOnly.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            return Optional.empty();
        }
        HELD.add(dir);
        return Optional.of(new FolderLock(dir, ch, lock));
    }

    /** Whether this process holds the lock of {@code dataDir} (the app restoring a staged backup at start). */
    public static boolean heldHere(Path dataDir) {
        return HELD.contains(dataDir.toAbsolutePath().normalize());
    }

    @Override
    public void close() {
        HELD.remove(dir);
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock with the channel or the process
        }
    }

    static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE));
    }
}
