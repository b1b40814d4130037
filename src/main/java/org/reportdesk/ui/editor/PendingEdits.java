package org.reportdesk.ui.editor;

/** A node that holds typing not yet sent to the report (a table's cells). */
public interface PendingEdits {

    /** Sends what is pending as an edit, if anything. */
    void commitPending();
}
