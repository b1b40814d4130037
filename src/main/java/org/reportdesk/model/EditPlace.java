package org.reportdesk.model;

/**
 * Where an undone or redone edit shows: the part of the report, the section for a heading, body
 * or outline change (null otherwise), and the caret position in that part's text (paragraph and
 * column: paragraph 0 in a one-line part, 0/0 for a structural change).
 */
public record EditPlace(Part part, Section section, int paragraph, int column) {

    public enum Part { TITLE, RECIPIENT, OPENING, HEADING, BODY, ATTACHMENTS, SIGNATURE, DATE, OUTLINE }

    /** A structural change: {@code section} to select in the outline, null for the front matter. */
    public static EditPlace outline(Section section) {
        return new EditPlace(Part.OUTLINE, section, 0, 0);
    }
}
