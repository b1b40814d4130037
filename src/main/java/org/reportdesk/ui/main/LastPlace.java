package org.reportdesk.ui.main;

import java.util.OptionalLong;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.services.Settings;
import org.reportdesk.ui.outline.OutlineNode;

/**
 * Where the user stopped: the report, the part of it (a section by its position in the outline, the
 * front matter or the closing) and the caret, kept in the settings for the next start. Section ids
 * are not stored with a report, so a section is found again by its index path (e.g. {@code 0.1}).
 */
final class LastPlace {

    private static final String REPORT = "last.report";
    private static final String PLACE = "last.place";
    private static final String CARET = "last.caret";

    private final Settings settings;

    LastPlace(Settings settings) {
        this.settings = settings;
    }

    void remember(Report r, OutlineNode node, int caret) {
        String place = node == null ? "" : node.kind() == OutlineNode.Kind.FRONT ? "front"
                : node.kind() == OutlineNode.Kind.CLOSING ? "closing" : node.isSection() ? indexPath(node.section()) : "";
        settings.put(REPORT, r.id().toString());
        settings.put(PLACE, place);
        settings.put(CARET, Integer.toString(caret));
    }

    OptionalLong reportId() {
        try {
            String id = settings.get(REPORT, "");
            return id.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The remembered part in {@code r}; null when it is no longer there. */
    OutlineNode placeIn(Report r) {
        String place = settings.get(PLACE, "");
        if (place.equals("front")) {
            return OutlineNode.FRONT;
        }
        if (place.equals("closing")) {
            return OutlineNode.CLOSING;
        }
        Section s = place.isEmpty() ? null : atPath(r, place);
        return s == null ? null : OutlineNode.of(s);
    }

    int caret() {
        try {
            return Math.max(0, Integer.parseInt(settings.get(CARET, "0")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The remembered report is gone (deleted, or a damaged store): start empty next time. */
    void forget() {
        settings.put(REPORT, "");
    }

    private static String indexPath(Section s) {
        StringBuilder sb = new StringBuilder();
        for (Section x = s; x != null && !x.isRoot(); x = x.parent()) {
            sb.insert(0, sb.length() == 0 ? Integer.toString(x.index()) : x.index() + ".");
        }
        return sb.toString();
    }

    private static Section atPath(Report r, String path) {
        Section s = r.root();
        try {
            for (String part : path.split("\\.")) {
                int i = Integer.parseInt(part);
                if (i < 0 || i >= s.children().size()) {
                    return null;
                }
                s = s.children().get(i);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return s;
    }
}
