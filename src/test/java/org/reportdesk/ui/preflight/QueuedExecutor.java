package org.reportdesk.ui.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.reportdesk.services.TaskExecutor;

/** Holds submitted work until the test runs it, in any order: background checks finishing late or out of order. */
final class QueuedExecutor implements TaskExecutor {

    private final List<Runnable> queue = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    int pending() {
        return queue.size();
    }

    void run(int index) {
        queue.remove(index).run();
    }

    void runAll() {
        while (!queue.isEmpty()) {
            run(0);
        }
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}
