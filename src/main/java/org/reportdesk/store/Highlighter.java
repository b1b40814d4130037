package org.reportdesk.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds what a query matched in a title or body, for drawing highlights. A word found whole is
 * marked whole; a word found only in pieces (scattered) has its pieces marked.
 */
final class Highlighter {

    static final int SNIPPET_LENGTH = 80;
    private static final int LEAD = 16;
    private static final String ELLIPSIS = "…";

    private Highlighter() {
    }

    static List<Match> matches(String text, QueryWords query) {
        String folded = TextFold.fold(text);
        List<Match> out = new ArrayList<>();
        for (QueryWords.Word w : query.words()) {
            int before = out.size();
            addAll(folded, w.text(), out);
            if (out.size() == before) {
                for (String piece : w.pieces()) {
                    addAll(folded, piece, out);
                }
            }
        }
        return merge(out);
    }

    /** A short excerpt of {@code body} around its first match, with the matches inside it. */
    static Snippet snippet(String body, QueryWords query) {
        List<Match> all = matches(body, query);
        int start = 0;
        if (!all.isEmpty()) {
            start = Math.max(0, all.get(0).start() - LEAD);
            if (body.length() - start < SNIPPET_LENGTH) {
                start = Math.max(0, body.length() - SNIPPET_LENGTH);
            }
        }
        int end = Math.min(body.length(), start + SNIPPET_LENGTH);
        String prefix = start > 0 ? ELLIPSIS : "";
        String text = prefix + body.substring(start, end).replace('\n', ' ') + (end < body.length() ? ELLIPSIS : "");
        List<Match> inside = new ArrayList<>();
        for (Match m : all) {
            if (m.start() >= start && m.end() <= end) {
                int shift = prefix.length() - start;
                inside.add(new Match(m.start() + shift, m.end() + shift));
            }
        }
        return new Snippet(text, List.copyOf(inside));
    }

    record Snippet(String text, List<Match> matches) {
    }

    private static void addAll(String folded, String needle, List<Match> out) {
        if (needle.isEmpty()) {
            return;
        }
        for (int i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + needle.length())) {
            out.add(new Match(i, i + needle.length()));
        }
    }

    private static List<Match> merge(List<Match> in) {
        if (in.size() < 2) {
            return List.copyOf(in);
        }
        List<Match> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt(Match::start));
        List<Match> out = new ArrayList<>();
        Match cur = sorted.get(0);
        for (Match m : sorted.subList(1, sorted.size())) {
            if (m.start() <= cur.end()) {
                cur = new Match(cur.start(), Math.max(cur.end(), m.end()));
            } else {
                out.add(cur);
                cur = m;
            }
        }
        out.add(cur);
        return List.copyOf(out);
    }
}
