package org.reportdesk.ui.library;

import org.reportdesk.model.Numbering;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;

/** A template as the preview pane shows it: opening, then each section numbered as if at top level. */
final class TemplateText {

    private TemplateText() {
    }

    static String of(Template t) {
        StringBuilder sb = new StringBuilder();
        if (!t.opening().plainText().isBlank()) {
            sb.append(t.opening().plainText().strip()).append("\n\n");
        }
        int i = 0;
        for (Section s : t.sections()) {
            append(sb, s, 1, i++);
        }
        return sb.toString().strip();
    }

    private static void append(StringBuilder sb, Section s, int depth, int index) {
        String label = depth <= Numbering.MAX_DEPTH ? Numbering.label(depth, index) : "";
        sb.append(label).append(s.heading());
        String body = s.body().plainText().strip();
        sb.append(s.runIn() && !body.isEmpty() ? "" : "\n");
        if (!body.isEmpty()) {
            sb.append(body).append('\n');
        }
        int i = 0;
        for (Section c : s.children()) {
            append(sb, c, depth + 1, i++);
        }
    }
}
