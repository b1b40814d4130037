package org.reportdesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running app per data folder. The first start holds an OS file lock on
 * {@code instance.lock} (released by the OS even after a crash) and listens on a localhost port
 * written to {@code instance.port}; a second start finds the lock held, asks the running one to
 * bring its window forward, and stops before touching the database.
 */
public final class InstanceGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceGuard.class);
    static final String LOCK = "instance.lock";
    static final String PORT = "instance.port";
    private static final String SHOW = "SHOW";
    private static volatile InstanceGuard active;

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private volatile Runnable onShow = () -> { };

    private InstanceGuard(FileChannel channel, FileLock lock, ServerSocket server) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
    }

    /** Takes the folder for this process, or empty when another process (or guard) holds it. */
    public static Optional<InstanceGuard> acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel ch = FileChannel.open(dataDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Files.writeString(dataDir.resolve(PORT), Integer.toString(server.getLocalPort()), StandardCharsets.US_ASCII);
        InstanceGuard g = new InstanceGuard(ch, lock, server);
        Thread t = new Thread(g::listen, "reportdesk-instance");
        t.setDaemon(true);
        t.start();
        active = g;
        return Optional.of(g);
    }

    /** The guard of this process, if it holds one. */
    public static Optional<InstanceGuard> active() {
        return Optional.ofNullable(active);
    }

    /** Asks the app running on {@code dataDir} to show its window; false when it could not be reached. */
    public static boolean signalRunning(Path dataDir) {
        try {
            int port = Integer.parseInt(Files.readString(dataDir.resolve(PORT), StandardCharsets.US_ASCII).strip());
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port); OutputStream out = s.getOutputStream()) {
                s.setSoTimeout(2000);
                out.write((SHOW + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** What to do when a second start asks for the window (called on the listener thread). */
    public void onShow(Runnable action) {
        this.onShow = action;
    }

    private void listen() {
        while (!server.isClosed()) {
            try (Socket s = server.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))) {
                s.setSoTimeout(2000);
                if (SHOW.equals(in.readLine())) {
                    LOG.info("another start on this data folder: bringing the window forward");
                    onShow.run();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("instance listener: {}", e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.debug("instance guard close: {}", e.getMessage());
        }
        if (active == this) {
            active = null;
        }
    }
}
