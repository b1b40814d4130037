package org.reportdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.reportdesk.store.FolderLock;
import org.reportdesk.store.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running app per data folder. The first start holds the {@link FolderLock} (released by the
 * OS even after a crash) and listens on a localhost port written, with a random token, to the
 * owner-only file {@code instance.port}; a second start finds the lock held, sends the token to
 * bring the running window forward, and stops before touching the database. The listener reads
 * at most {@link #MAX_REQUEST} bytes within {@link #DEADLINE_MS} from each connection and ignores
 * anything that does not carry the token: another local user cannot grow or stall it.
 */
public final class InstanceGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceGuard.class);
    static final String PORT = "instance.port";
    static final int MAX_REQUEST = 128;
    static final int DEADLINE_MS = 2000;
    private static final String SHOW = "SHOW ";
    private static volatile InstanceGuard active;

    private final FolderLock lock;
    private final ServerSocket server;
    private final byte[] expected;
    private volatile Runnable onShow = () -> { };

    private InstanceGuard(FolderLock lock, ServerSocket server, String token) {
        this.lock = lock;
        this.server = server;
        this.expected = (SHOW + token + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Takes the folder for this process, or empty when another process (or guard) holds it. */
    public static Optional<InstanceGuard> acquire(Path dataDir) throws IOException {
        Optional<FolderLock> lock = FolderLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            writeOwnerOnly(dataDir.resolve(PORT), server.getLocalPort() + " " + token);
            InstanceGuard g = new InstanceGuard(lock.get(), server, token);
            Thread t = new Thread(g::listen, "reportdesk-instance");
            t.setDaemon(true);
            t.start();
            active = g;
            return Optional.of(g);
        } catch (IOException | RuntimeException e) {
            server.close();
            lock.get().close();
            throw e;
        }
    }

    /** Written beside and moved in, so the token is never readable by others even for a moment. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        OwnerOnly.file(tmp);
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The guard of this process, if it holds one. */
    public static Optional<InstanceGuard> active() {
        return Optional.ofNullable(active);
    }

    /** Asks the app running on {@code dataDir} to show its window; false when it could not be reached. */
    public static boolean signalRunning(Path dataDir) {
        try {
            String[] portAndToken = Files.readString(dataDir.resolve(PORT), StandardCharsets.US_ASCII).strip().split(" ");
            int port = Integer.parseInt(portAndToken[0]);
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), DEADLINE_MS);
                s.setSoTimeout(DEADLINE_MS);
                OutputStream out = s.getOutputStream();
                out.write((SHOW + portAndToken[1] + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What to do when a second start asks for the window (called on the listener thread). */
    public void onShow(Runnable action) {
        this.onShow = action;
    }

    private void listen() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                if (carriesToken(s)) {
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

    /** At most {@link #MAX_REQUEST} bytes, the whole connection within {@link #DEADLINE_MS}. */
    private boolean carriesToken(Socket s) throws IOException {
        long deadline = System.nanoTime() + DEADLINE_MS * 1_000_000L;
        byte[] got = new byte[MAX_REQUEST];
        int n = 0;
        InputStream in = s.getInputStream();
        while (n < expected.length) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            s.setSoTimeout((int) left);
            int r;
            try {
                r = in.read(got, n, Math.min(MAX_REQUEST, expected.length) - n);
            } catch (SocketTimeoutException e) {
                return false;
            }
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n == expected.length && MessageDigest.isEqual(java.util.Arrays.copyOf(got, n), expected);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("instance guard close: {}", e.getMessage());
        }
        lock.close();
        if (active == this) {
            active = null;
        }
    }
}
