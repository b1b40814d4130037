package org.reportdesk.session;

import org.reportdesk.model.EditPlace;

/** A screen or service that follows the open report. */
public interface ReportListener {

    void changed(ReportChange change);

    /** After an undo or redo: where the replayed step shows. Called after {@link #changed}. */
    default void replayed(EditPlace place) {
    }
}
