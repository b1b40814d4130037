package org.reportdesk.check;

/**
 * One paragraph of checkable plain text: where it is and what it says.
 *
 * @param where the section's numbering path or the part name, as shown in findings
 */
public record TextRef(TextTarget target, String sectionId, String where, int paragraph, String text) {

    public Location at(int start, int end) {
        return new Location(target, sectionId, paragraph, start, end);
    }
}
