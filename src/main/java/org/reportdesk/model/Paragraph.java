package org.reportdesk.model;

import java.util.ArrayList;
import java.util.List;

/** One paragraph of a rich text: styled spans, adjacent spans of equal style merged. */
public record Paragraph(List<Span> spans) {

    public Paragraph {
        spans = merge(spans);
    }

    public static Paragraph of(String plainText) {
        return new Paragraph(List.of(Span.plain(plainText)));
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
        return plainText().isBlank();
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
