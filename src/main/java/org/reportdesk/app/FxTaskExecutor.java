package org.reportdesk.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.reportdesk.services.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One daemon thread per lane; results are handed back on the JavaFX application thread. */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final Map<Lane, ExecutorService> lanes = new EnumMap<>(Lane.class);

    public FxTaskExecutor() {
        for (Lane lane : Lane.values()) {
            String name = "reportdesk-" + lane.name().toLowerCase(java.util.Locale.ROOT);
            lanes.put(lane, Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                if (lane == Lane.SAVE) {
                    t.setPriority(Thread.NORM_PRIORITY + 1);
                }
                return t;
            }));
        }
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submit(Lane.QUICK, work, onSuccess, onFailure);
    }

    @Override
    public <T> Task submit(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> f = lanes.get(lane).submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                LOG.debug("background task failed", e);
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> {
            boolean wasRunning = !f.isDone();
            cancelled.set(true);
            f.cancel(true);
            return wasRunning;
        };
    }

    @Override
    public void shutdown() {
        ExecutorService save = lanes.get(Lane.SAVE);
        lanes.values().forEach(ExecutorService::shutdown);
        try {
            if (!save.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("saving still running at exit");
            }
            for (ExecutorService e : lanes.values()) {
                if (e != save && !e.awaitTermination(1, TimeUnit.SECONDS)) {
                    e.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
