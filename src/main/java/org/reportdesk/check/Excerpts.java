package org.reportdesk.check;

/** Short excerpts: the offending text with a few characters of context on each side. */
final class Excerpts {

    static final int CONTEXT = 8;

    private Excerpts() {
    }

    static String around(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    /** The beginning of a text, for findings about a whole paragraph. */
    static String head(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
