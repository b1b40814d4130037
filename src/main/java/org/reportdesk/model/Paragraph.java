package org.reportdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One paragraph of a rich text: styled spans, adjacent spans of equal style merged. A paragraph
 * that holds a table or a picture ({@link #embedded()} not null) has the one character
 * {@link Embedded#OBJECT_CHAR} as its text.
 */
public record Paragraph(List<Span> spans, Embedded embedded) {

    private static final List<Span> OBJECT_SPANS = List.of(Span.plain(Embedded.OBJECT_TEXT));

    public Paragraph {
        spans = embedded != null ? OBJECT_SPANS : merge(spans);
    }

    public Paragraph(List<Span> spans) {
        this(spans, null);
    }

    public static Paragraph of(String plainText) {
        return new Paragraph(List.of(Span.plain(plainText)));
    }

    /** The paragraph that holds {@code object}. */
    public static Paragraph of(Embedded object) {
        return new Paragraph(OBJECT_SPANS, Objects.requireNonNull(object, "object"));
    }

    /** Whether this paragraph holds a table or a picture. */
    public boolean isObject() {
        return embedded != null;
    }

    /** This paragraph with its text (or its object's text) passed through {@code f}. */
    public Paragraph mapText(UnaryOperator<String> f) {
        if (embedded != null) {
            return of(embedded.mapText(f));
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(new Span(f.apply(s.text()), s.bold(), s.italic(), s.underline()));
        }
        return new Paragraph(out);
    }

    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** The number of characters, without building the text. */
    public int length() {
        int n = 0;
        for (Span s : spans) {
            n += s.text().length();
        }
        return n;
    }

    /** The spans covering characters {@code from} to {@code to}, cut where needed. */
    public List<Span> slice(int from, int to) {
        List<Span> out = new ArrayList<>();
        int pos = 0;
        for (Span s : spans) {
            int len = s.text().length();
            int a = Math.max(from, pos);
            int b = Math.min(to, pos + len);
            if (a < b) {
                out.add(a == pos && b == pos + len ? s : new Span(s.text().substring(a - pos, b - pos), s.bold(), s.italic(), s.underline()));
            }
            pos += len;
        }
        return out;
    }

    public boolean isBlank() {
        return embedded == null && plainText().isBlank();
    }

    /** Linear in the total text: a run of equal-style spans is joined once, not copied span by span. */
    private static List<Span> merge(List<Span> in) {
        List<Span> out = new ArrayList<>(Math.min(in.size(), 16));
        Span first = null;
        StringBuilder joined = null;
        for (Span s : in) {
            if (s.text().isEmpty()) {
                continue;
            }
            if (first != null && first.sameStyle(s)) {
                if (joined == null) {
                    joined = new StringBuilder(first.text());
                }
                joined.append(s.text());
            } else {
                flush(out, first, joined);
                first = s;
                joined = null;
            }
        }
        flush(out, first, joined);
        return List.copyOf(out);
    }

    private static void flush(List<Span> out, Span first, StringBuilder joined) {
        if (first != null) {
            out.add(joined == null ? first : new Span(joined.toString(), first.bold(), first.italic(), first.underline()));
        }
    }
}
