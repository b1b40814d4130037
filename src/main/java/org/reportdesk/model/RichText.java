package org.reportdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Immutable body text: a list of paragraphs of styled spans. An empty rich text has no
 * paragraphs; {@link #plainText()} joins paragraphs with {@code \n}.
 */
public final class RichText {

    public static final RichText EMPTY = new RichText(List.of());

    private final List<Paragraph> paragraphs;

    private RichText(List<Paragraph> paragraphs) {
        this.paragraphs = paragraphs;
    }

    public static RichText of(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return EMPTY;
        }
        return new RichText(List.copyOf(paragraphs));
    }

    /** Paragraphs split at line breaks ({@code \n}, {@code \r\n} or {@code \r}). */
    public static RichText ofPlain(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Paragraph> ps = new ArrayList<>(lines.length);
        for (String line : lines) {
            ps.add(Paragraph.of(line));
        }
        return new RichText(List.copyOf(ps));
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    public boolean isBlank() {
        return paragraphs.stream().allMatch(Paragraph::isBlank);
    }

    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(paragraphs.get(i).plainText());
        }
        return sb.toString();
    }

    /** {@link #plainText()} with each table or picture written out as its text (for search and plain-text copies). */
    public String textWithObjects() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            Paragraph p = paragraphs.get(i);
            sb.append(p.isObject() ? p.embedded().text() : p.plainText());
        }
        return sb.toString();
    }

    /** The same styles with every span's text passed through {@code f} (e.g. field filling), objects' text too. */
    public RichText mapText(UnaryOperator<String> f) {
        List<Paragraph> ps = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            ps.add(p.mapText(f));
        }
        return of(ps);
    }

    /** The same text with every span of text paragraphs passed through {@code f} (objects unchanged). */
    public RichText mapSpans(UnaryOperator<Span> f) {
        List<Paragraph> ps = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            ps.add(p.isObject() ? p : new Paragraph(p.spans().stream().map(f).toList()));
        }
        return of(ps);
    }

    /** Whether a paragraph holds a table or a picture. */
    public boolean hasObjects() {
        for (Paragraph p : paragraphs) {
            if (p.isObject()) {
                return true;
            }
        }
        return false;
    }

    /** Characters of text with the text inside tables and pictures (cells, titles, captions): what the size limit counts. */
    public int fullLength() {
        int n = length();
        for (Paragraph p : paragraphs) {
            if (p.isObject()) {
                n += p.embedded().textLength();
            }
        }
        return n;
    }

    /**
     * This text, with every paragraph that {@code previous} has unchanged at the same place (from
     * the start or from the end) taken from {@code previous}: successive versions of a text being
     * typed then share all but the paragraphs that changed, which keeps the undo history small.
     */
    public RichText sharingWith(RichText previous) {
        List<Paragraph> old = previous.paragraphs;
        int n = paragraphs.size();
        int head = 0;
        while (head < n && head < old.size() && paragraphs.get(head).equals(old.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < old.size() - head
                && paragraphs.get(n - 1 - tail).equals(old.get(old.size() - 1 - tail))) {
            tail++;
        }
        if (head + tail == 0) {
            return this;
        }
        List<Paragraph> ps = new ArrayList<>(n);
        ps.addAll(old.subList(0, head));
        ps.addAll(paragraphs.subList(head, n - tail));
        ps.addAll(old.subList(old.size() - tail, old.size()));
        return new RichText(List.copyOf(ps));
    }

    /**
     * This text with the characters from {@code start} to {@code end} (offsets in {@link #plainText()},
     * where each paragraph break counts one) replaced by {@code insertion}. Paragraphs outside the range
     * are shared, so an edit costs the paragraphs it touches, not the whole text. An empty text is
     * taken as one empty paragraph, and a result of one empty paragraph is {@link #EMPTY}.
     */
    public RichText replace(int start, int end, RichText insertion) {
        List<Paragraph> pars = paragraphs.isEmpty() ? List.of(new Paragraph(List.of())) : paragraphs;
        int[] from = locate(pars, start);
        int[] to = locate(pars, end);
        List<Paragraph> ins = insertion.paragraphs.isEmpty() ? List.of(new Paragraph(List.of())) : insertion.paragraphs;
        Paragraph first = pars.get(from[0]);
        Paragraph last = pars.get(to[0]);
        List<Span> head = first.slice(0, from[1]);
        List<Span> tail = last.slice(to[1], last.length());
        Embedded headObject = first.isObject() && !head.isEmpty() ? first.embedded() : null;
        Embedded tailObject = last.isObject() && !tail.isEmpty() ? last.embedded() : null;
        List<Paragraph> out = new ArrayList<>(pars.size() - (to[0] - from[0]) + ins.size());
        out.addAll(pars.subList(0, from[0]));
        for (int i = 0; i < ins.size(); i++) {
            Pieces pieces = new Pieces(out);
            if (i == 0) {
                pieces.add(head, headObject);
            }
            pieces.add(ins.get(i).spans(), ins.get(i).embedded());
            if (i == ins.size() - 1) {
                pieces.add(tail, tailObject);
            }
            pieces.finish();
        }
        out.addAll(pars.subList(to[0] + 1, pars.size()));
        if (out.size() == 1 && out.get(0).spans().isEmpty()) {
            return EMPTY;
        }
        return new RichText(List.copyOf(out));
    }

    /**
     * The paragraphs one line of an edit makes. An object never shares a paragraph: text that an
     * edit would join to it (typing just after a table, say) becomes a paragraph of its own, so
     * no edit turns an object into plain text or text into part of an object.
     */
    private static final class Pieces {
        private final List<Paragraph> out;
        private final List<Span> text = new ArrayList<>();
        private boolean any;

        Pieces(List<Paragraph> out) {
            this.out = out;
        }

        void add(List<Span> spans, Embedded object) {
            if (object != null) {
                if (!text.isEmpty()) {
                    out.add(new Paragraph(List.copyOf(text)));
                    text.clear();
                }
                out.add(Paragraph.of(object));
                any = true;
            } else {
                text.addAll(spans);
            }
        }

        void finish() {
            if (!text.isEmpty() || !any) {
                out.add(new Paragraph(List.copyOf(text)));
            }
        }
    }

    /** Paragraph index and offset within it of a plain-text offset. */
    private static int[] locate(List<Paragraph> pars, int offset) {
        if (offset < 0) {
            throw new IndexOutOfBoundsException(offset);
        }
        int pos = 0;
        for (int i = 0; i < pars.size(); i++) {
            int len = pars.get(i).length();
            if (offset <= pos + len) {
                return new int[] {i, offset - pos};
            }
            pos += len + 1;
        }
        throw new IndexOutOfBoundsException(offset);
    }

    /** The number of characters of {@link #plainText()}, without building it. */
    public int length() {
        int n = Math.max(0, paragraphs.size() - 1);
        for (Paragraph p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RichText other && paragraphs.equals(other.paragraphs);
    }

    @Override
    public int hashCode() {
        return paragraphs.hashCode();
    }

    @Override
    public String toString() {
        return plainText();
    }
}
