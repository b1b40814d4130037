package org.reportdesk.model;

import java.util.Objects;

/** A run of text with one set of character styles. */
public record Span(String text, boolean bold, boolean italic, boolean underline) {

    public Span {
        Objects.requireNonNull(text, "text");
    }

    public static Span plain(String text) {
        return new Span(text, false, false, false);
    }

    public boolean sameStyle(Span other) {
        return bold == other.bold && italic == other.italic && underline == other.underline;
    }

    public boolean isPlain() {
        return !bold && !italic && !underline;
    }
}
