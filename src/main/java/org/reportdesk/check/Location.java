package org.reportdesk.check;

import java.util.Objects;

/**
 * An exact place in a report: the text ({@code target}, plus the section id for a heading or
 * body), the paragraph index inside it, and the range [start, end) in that paragraph's plain text.
 * {@code sectionId} is null outside sections.
 */
public record Location(TextTarget target, String sectionId, int paragraph, int start, int end) {

    public Location {
        Objects.requireNonNull(target, "target");
        if (target.inSection() && sectionId == null) {
            throw new IllegalArgumentException("a heading or body location needs a section id");
        }
        if (start < 0 || end < start || paragraph < 0) {
            throw new IllegalArgumentException("bad range " + paragraph + ":" + start + "-" + end);
        }
    }

    /** The whole of a one-paragraph part, or the start of a section's heading. */
    public static Location of(TextTarget target, String sectionId) {
        return new Location(target, sectionId, 0, 0, 0);
    }

    public boolean sameParagraph(Location o) {
        return target == o.target && Objects.equals(sectionId, o.sectionId) && paragraph == o.paragraph;
    }
}
