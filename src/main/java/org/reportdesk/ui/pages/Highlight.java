package org.reportdesk.ui.pages;

import org.reportdesk.layout.Source;
import org.reportdesk.ui.outline.OutlineNode;

/** Which laid-out lines belong to the part of the report selected in the outline. */
final class Highlight {

    private Highlight() {
    }

    static boolean covers(OutlineNode n, Source s) {
        if (n == null || s == null) {
            return false;
        }
        return switch (n.kind()) {
            case FRONT -> switch (s.part()) {
                case TITLE, RECIPIENT, OPENING -> true;
                default -> false;
            };
            case CLOSING -> switch (s.part()) {
                case ATTACHMENTS, SIGNATURE, DATE -> true;
                default -> false;
            };
            case SECTION -> n.section() != null && n.section().id().equals(s.sectionId());
            case REPORT -> false;
        };
    }
}
