package org.reportdesk.services;

import java.util.concurrent.Callable;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes values through the {@link TaskExecutor}'s save lane, only ever the latest: while one write runs,
 * newer offers replace each other and the next write takes the newest. Offers come from the UI
 * thread; results come back there.
 */
public final class CoalescingWriter<T, R> {

    private final TaskExecutor executor;
    private final Function<T, R> write;
    private final BinaryOperator<T> merge;
    private final Consumer<R> onWritten;
    private final Consumer<Throwable> onFailed;
    private T pending;
    private boolean running;

    /** {@code merge} combines a value not yet taken (first) with a newer one (second). */
    public CoalescingWriter(TaskExecutor executor, Function<T, R> write, BinaryOperator<T> merge,
                            Consumer<R> onWritten, Consumer<Throwable> onFailed) {
        this.executor = executor;
        this.write = write;
        this.merge = merge;
        this.onWritten = onWritten;
        this.onFailed = onFailed;
    }

    /** Queues {@code value} to be written, replacing any value not yet taken. */
    public void offer(T value) {
        boolean start;
        synchronized (this) {
            pending = pending == null ? value : merge.apply(pending, value);
            start = !running;
            running = true;
        }
        if (start) {
            executor.submit(TaskExecutor.Lane.SAVE, (Callable<R>) this::drain, onWritten::accept, onFailed::accept);
        }
    }

    /**
     * Waits until everything offered so far is written (or failed), at most {@code timeout};
     * true when nothing is left. Any thread may call it; the shutdown hook does.
     */
    public synchronized boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (running || pending != null) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private R drain() {
        R last = null;
        while (true) {
            T next;
            synchronized (this) {
                next = pending;
                pending = null;
                if (next == null) {
                    running = false;
                    notifyAll();
                    return last;
                }
            }
            try {
                last = write.apply(next);
            } catch (RuntimeException e) {
                synchronized (this) {
                    running = false;
                    notifyAll();
                }
                throw e;
            }
        }
    }
}
