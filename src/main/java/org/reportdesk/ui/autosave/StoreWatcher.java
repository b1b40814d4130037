package org.reportdesk.ui.autosave;

import org.reportdesk.model.Report;

/** Follows autosave's writes: what is about to be stored, and which change is stored for good. */
public interface StoreWatcher {

    /** On the save lane, before {@code copy} (the state after change {@code change}) is written. */
    default void storing(Report copy, long change) {
    }

    /** On the UI thread: every change up to {@code change} of the open report is stored. */
    default void stored(long change) {
    }
}
