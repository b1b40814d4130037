package org.reportdesk.services;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way to run database, file and export work off the UI thread. Work runs in submission
 * order on one background thread; the callbacks run on the UI thread. Tests use
 * {@link DirectTaskExecutor}, which runs everything at once on the calling thread.
 */
public interface TaskExecutor {

    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Finishes queued work (bounded wait) and stops. */
    void shutdown();
}
