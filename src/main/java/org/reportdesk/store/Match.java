package org.reportdesk.store;

/** A highlighted range of a text: {@code [start, end)} in UTF-16 chars, as {@link String#substring} takes it. */
public record Match(int start, int end) {

    public Match {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
