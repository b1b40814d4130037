package org.reportdesk.session;

import org.reportdesk.model.EditPlace;

/** A screen or service that follows the open report. */
public interface ReportListener {

    void changed(ReportChange change);

    /** After an undo or redo: where the replayed step shows. Called after {@link #changed}. */
    default void replayed(EditPlace place) {
    }

    /** A listener that only acts after an undo or redo, where the replayed step shows. */
    static ReportListener afterReplay(java.util.function.Consumer<EditPlace> action) {
        return new ReportListener() {
            @Override
            public void changed(ReportChange change) {
            }

            @Override
            public void replayed(EditPlace place) {
                action.accept(place);
            }
        };
    }
}
