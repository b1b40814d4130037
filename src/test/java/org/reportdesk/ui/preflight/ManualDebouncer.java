package org.reportdesk.ui.preflight;

/** Keeps the last scheduled action until the test says the pause is over. */
final class ManualDebouncer implements Debouncer {

    private Runnable pending;
    private int scheduled;

    @Override
    public void schedule(Runnable action) {
        pending = action;
        scheduled++;
    }

    int scheduled() {
        return scheduled;
    }

    boolean hasPending() {
        return pending != null;
    }

    void fire() {
        Runnable r = pending;
        pending = null;
        r.run();
    }
}
