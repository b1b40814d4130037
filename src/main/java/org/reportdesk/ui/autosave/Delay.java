package org.reportdesk.ui.autosave;

import java.time.Duration;

/** Runs an action once after a delay, on the UI thread. */
@FunctionalInterface
public interface Delay {

    void after(Duration delay, Runnable action);

    /** Never fires on its own: for view models built without a running toolkit (tests), which flush explicitly. */
    Delay MANUAL = (d, a) -> { };
}
