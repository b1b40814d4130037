package org.reportdesk.store;

/** Why a snapshot of a report was taken. */
public enum SnapshotReason {
    /** Ctrl+S: the user asked to save. */
    MANUAL,
    /** Before an export, so the exported state can be found again. */
    EXPORT,
    /** Every ten minutes of editing. */
    TIMED,
    /** The state just before a snapshot was restored over it. */
    BEFORE_RESTORE
}
