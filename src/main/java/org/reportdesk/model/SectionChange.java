package org.reportdesk.model;

/**
 * One row of a comparison between an older version of a report and the current one. {@code older}
 * is null for a section added since; {@code current} is null for a section removed since.
 */
public record SectionChange(Kind kind, Section older, Section current) {

    public enum Kind { ADDED, REMOVED, CHANGED, UNCHANGED }

    /** The section as it is shown in a list: current if it still exists, else the older one. */
    public Section shown() {
        return current != null ? current : older;
    }
}
