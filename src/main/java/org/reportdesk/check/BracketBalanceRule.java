package org.reportdesk.check;

import java.util.ArrayDeque;
import java.util.Deque;

/** “” 《》 （） that do not pair up inside a paragraph. */
final class BracketBalanceRule extends TextRule {

    static final String UNBALANCED = "punctuation.unbalanced";

    private static final String OPEN = "“《（";
    private static final String CLOSE = "”》）";

    @Override
    void scan(TextRef t, CheckContext ctx, FindingSink out) {
        String s = t.text();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '“' && c != '”' && c != '《' && c != '》' && c != '（' && c != '）') {
                continue;
            }
            if (OPEN.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSE.indexOf(c) >= 0) {
                char wanted = OPEN.charAt(CLOSE.indexOf(c));
                if (!open.isEmpty() && s.charAt(open.peek()) == wanted) {
                    open.pop();
                } else if (open.stream().anyMatch(j -> s.charAt(j) == wanted)) {
                    // The opener exists further out: the marks in between are the unpaired ones.
                    while (s.charAt(open.peek()) != wanted) {
                        report(t, open.pop(), out);
                    }
                    open.pop();
                } else {
                    report(t, i, out);
                }
            }
        }
        open.descendingIterator().forEachRemaining(j -> report(t, j, out));
    }

    private static void report(TextRef t, int i, FindingSink out) {
        out.add(UNBALANCED, Severity.WARNING, t, i, i + 1, null, "check.punctuation.unbalanced",
                String.valueOf(t.text().charAt(i)));
    }
}
