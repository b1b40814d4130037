package org.reportdesk.services;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On SIGTERM (logout, shutdown, {@code kill}) the JVM runs its shutdown hooks and stops: the
 * hook installed here asks the open report's autosave to store what is not yet stored, waiting
 * at most {@link #BUDGET} (a desktop session gives a few seconds before it kills).
 */
public final class ShutdownFlush {

    /** Work that can be written out now, from any thread. */
    public interface PendingWork {
        boolean flushNow(Duration timeout);
    }

    public static final Duration BUDGET = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownFlush.class);
    private static volatile PendingWork current;

    private ShutdownFlush() {
    }

    /** The autosave of the report now open (the newest one made). */
    public static void track(PendingWork work) {
        current = work;
    }

    /** After a normal close everything is stored and the store is closed: the hook has nothing to do. */
    public static void forget() {
        current = null;
    }

    /** What the hook runs; true when nothing was left unstored. */
    public static boolean flush() {
        PendingWork w = current;
        if (w == null) {
            return true;
        }
        long t0 = System.nanoTime();
        boolean done;
        try {
            done = w.flushNow(BUDGET);
        } catch (RuntimeException e) {
            LOG.warn("shutdown: pending edits could not be stored", e);
            return false;
        }
        LOG.info("shutdown: pending edits {} in {} ms", done ? "stored" : "NOT all stored", (System.nanoTime() - t0) / 1_000_000);
        return done;
    }
}
