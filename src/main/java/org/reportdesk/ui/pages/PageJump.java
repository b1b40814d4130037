package org.reportdesk.ui.pages;

import java.util.Optional;
import org.reportdesk.check.Location;
import org.reportdesk.check.TextTarget;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * Turns a place on a page into the editor's place: heading offsets lose the computed label the
 * layout puts before them, an attachment line's offset its 「附件：1.」 prefix. Offsets count
 * filled fields; the editor clamps them to its text.
 */
final class PageJump {

    private PageJump() {
    }

    /** The location to show, or empty for the 主送机关 (a field of its own, see {@link #isRecipient}). */
    static Optional<Location> location(PagePlace p, Report report) {
        int off = Math.max(0, p.offset());
        String id = p.source().sectionId();
        return switch (p.source().part()) {
            case TITLE -> Optional.of(at(TextTarget.TITLE, null, 0, off));
            case OPENING -> Optional.of(at(TextTarget.OPENING, null, p.source().paragraph(), off));
            case HEADING -> {
                Section s = id == null ? null : report.findSection(id);
                yield s == null ? Optional.empty()
                        : Optional.of(at(TextTarget.HEADING, id, 0, Math.max(0, off - s.label().length())));
            }
            case BODY -> id == null || report.findSection(id) == null ? Optional.empty()
                    : Optional.of(at(TextTarget.BODY, id, p.source().paragraph(), off));
            case ATTACHMENTS -> Optional.of(at(TextTarget.ATTACHMENT, null, p.source().paragraph(), 0));
            case SIGNATURE -> Optional.of(at(TextTarget.SIGNATURE, null, 0, off));
            case DATE -> Optional.of(at(TextTarget.DATE, null, 0, off));
            case RECIPIENT, OUTLINE -> Optional.empty();
        };
    }

    static boolean isRecipient(PagePlace p) {
        return p.source().part() == org.reportdesk.model.EditPlace.Part.RECIPIENT;
    }

    private static Location at(TextTarget t, String sectionId, int paragraph, int offset) {
        return new Location(t, sectionId, paragraph, offset, offset);
    }
}
