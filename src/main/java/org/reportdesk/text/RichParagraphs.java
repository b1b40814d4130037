package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Span;

/** Cutting and joining styled paragraphs by character offsets, keeping each span's style. */
public final class RichParagraphs {

    private RichParagraphs() {
    }

    /** The characters {@code [from, to)} of {@code p}, styles kept. */
    public static Paragraph slice(Paragraph p, int from, int to) {
        List<Span> out = new ArrayList<>();
        int pos = 0;
        for (Span s : p.spans()) {
            int start = pos;
            int end = pos + s.text().length();
            pos = end;
            int a = Math.max(from, start);
            int b = Math.min(to, end);
            if (a < b) {
                out.add(new Span(s.text().substring(a - start, b - start), s.bold(), s.italic(), s.underline()));
            }
        }
        return new Paragraph(out);
    }

    public static Paragraph from(Paragraph p, int from) {
        return slice(p, from, p.plainText().length());
    }

    public static Paragraph concat(Paragraph a, Paragraph b) {
        List<Span> out = new ArrayList<>(a.spans());
        out.addAll(b.spans());
        return new Paragraph(out);
    }

    /** {@code p} without leading and trailing white space (ASCII, no-break and ideographic spaces). */
    public static Paragraph strip(Paragraph p) {
        String t = p.plainText();
        int a = 0;
        int b = t.length();
        while (a < b && isSpace(t.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(t.charAt(b - 1))) {
            b--;
        }
        return a == 0 && b == t.length() ? p : slice(p, a, b);
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003'
                || c == '\u200b' || c == '\ufeff' || c == '\r';
    }

    /**
     * The cleaned text of a Word paragraph with its character styles: kept span by span when the
     * edits kept the length (punctuation, most traditional characters), kept whole when the
     * paragraph had one style; otherwise the text is plain.
     */
    public static Paragraph retext(Paragraph original, String text) {
        Paragraph p = strip(original);
        List<Span> spans = p.spans();
        if (spans.size() == 1 || text.isEmpty()) {
            Span s = spans.isEmpty() ? Span.plain("") : spans.get(0);
            return new Paragraph(List.of(new Span(text, s.bold(), s.italic(), s.underline())));
        }
        if (p.plainText().length() != text.length()) {
            return Paragraph.of(text);
        }
        List<Span> out = new ArrayList<>(spans.size());
        int pos = 0;
        for (Span s : spans) {
            int end = pos + s.text().length();
            out.add(new Span(text.substring(pos, end), s.bold(), s.italic(), s.underline()));
            pos = end;
        }
        return new Paragraph(out);
    }
}
