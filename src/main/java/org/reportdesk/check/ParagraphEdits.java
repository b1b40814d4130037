package org.reportdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Span;

/** Replacing a range of a paragraph's plain text while keeping the styles of the spans around it. */
final class ParagraphEdits {

    private ParagraphEdits() {
    }

    /** The inserted text takes the style of the span where the range starts. */
    static Paragraph replace(Paragraph p, int start, int end, String replacement) {
        if (p.isObject()) {
            return p;
        }
        List<Span> spans = p.spans();
        List<Span> out = new ArrayList<>(spans.size() + 2);
        boolean inserted = false;
        int pos = 0;
        for (Span s : spans) {
            int from = pos;
            int to = pos + s.text().length();
            pos = to;
            if (from < start) {
                out.add(styled(s, s.text().substring(0, Math.min(to, start) - from)));
            }
            if (!inserted && start < to) {
                out.add(styled(s, replacement));
                inserted = true;
            }
            if (to > end) {
                out.add(styled(s, s.text().substring(Math.max(end, from) - from)));
            }
        }
        if (!inserted) {
            out.add(spans.isEmpty() ? Span.plain(replacement) : styled(spans.get(spans.size() - 1), replacement));
        }
        return new Paragraph(out);
    }

    static RichText replace(RichText text, int paragraph, int start, int end, String replacement) {
        List<Paragraph> ps = new ArrayList<>(text.paragraphs());
        ps.set(paragraph, replace(ps.get(paragraph), start, end, replacement));
        return RichText.of(ps);
    }

    private static Span styled(Span like, String text) {
        return new Span(text, like.bold(), like.italic(), like.underline());
    }
}
