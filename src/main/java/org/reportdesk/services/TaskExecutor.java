package org.reportdesk.services;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way to run database, file and export work off the UI thread. Work runs in lanes, each in
 * submission order on a thread of its own, so that saving never waits behind a long import or
 * export; the callbacks run on the UI thread. Tests use {@link DirectTaskExecutor}, which runs
 * everything at once on the calling thread.
 */
public interface TaskExecutor {

    /** Where work runs. */
    enum Lane {
        /** Autosave and version snapshots: short, and never behind anything else. */
        SAVE,
        /** Import, export, backup, restore, template packs: may take seconds, can be cancelled. */
        LONG,
        /** Everything else: checks, searches, loading a report or a list. */
        QUICK
    }

    /** Runs {@code work} in the {@link Lane#QUICK} lane. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Runs {@code work} in {@code lane}. Cancelling the returned task interrupts the work if it is
     * running and drops its callbacks; it never undoes what the work already did.
     */
    default <T> Task submit(Lane lane, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submit(work, onSuccess, onFailure);
        return Task.DONE;
    }

    /** Finishes queued work (bounded wait; queued saves first) and stops. */
    void shutdown();

    /** Submitted work that can be cancelled. */
    interface Task {

        Task DONE = () -> false;

        /** Cancels the work; false when it had already finished. */
        boolean cancel();
    }
}
