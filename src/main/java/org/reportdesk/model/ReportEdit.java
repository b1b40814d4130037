package org.reportdesk.model;

/**
 * One step of a report's undo history, already applied when recorded. Steps hold the sections
 * they touched, not their positions, so they stay valid while later steps move sections around.
 */
public interface ReportEdit {

    /** Puts the report back as it was before this step; returns where to show it. */
    EditPlace undo();

    /** Applies this step again after {@link #undo()}; returns where to show it. */
    EditPlace redo();

    /**
     * This step and {@code next} (recorded right after it) as one step, e.g. successive keystrokes
     * in the same text; null when they stay separate steps.
     */
    default ReportEdit followedBy(ReportEdit next) {
        return null;
    }
}
