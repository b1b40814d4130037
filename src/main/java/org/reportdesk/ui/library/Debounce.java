package org.reportdesk.ui.library;

/** Runs only the last of quickly repeated requests, after a pause (search as you type). */
public interface Debounce {

    /** Forgets a pending action and schedules this one. */
    void restart(Runnable action);
}
