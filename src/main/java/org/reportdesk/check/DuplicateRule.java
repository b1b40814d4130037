package org.reportdesk.check;

import java.util.HashMap;
import java.util.Map;

/** The same paragraph in two places: a paste done twice, or a model paragraph reused. */
final class DuplicateRule implements Rule {

    static final String PARAGRAPH = "duplicate.paragraph";

    /** Shorter paragraphs (a one-line 主要做法 heading sentence …) may legitimately repeat. */
    static final int MIN_CHARS = 20;

    @Override
    public void checkReport(ReportContext report, FindingSink out) {
        Map<String, TextRef> first = new HashMap<>();
        for (TextRef t : report.partTexts()) {
            if (t.target() == TextTarget.OPENING) {
                visit(t, first, out);
            }
        }
        for (SectionContext s : report.sections()) {
            for (TextRef t : s.body()) {
                visit(t, first, out);
            }
        }
    }

    private static void visit(TextRef t, Map<String, TextRef> first, FindingSink out) {
        String s = t.text();
        if (s.length() < MIN_CHARS) {
            return;
        }
        String key = s.strip();
        if (key.length() < MIN_CHARS) {
            return;
        }
        TextRef earlier = first.putIfAbsent(key, t);
        if (earlier != null) {
            int lead = s.indexOf(key.charAt(0));
            out.add(PARAGRAPH, Severity.WARNING, t, lead, lead + key.length(), null, "check.duplicate.paragraph",
                    earlier.where());
        }
    }
}
