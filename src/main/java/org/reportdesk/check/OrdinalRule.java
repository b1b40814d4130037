package org.reportdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.Numbering;

/** 一是……二是……三是: skipped, repeated or backwards ordinals across a section's body. */
final class OrdinalRule implements Rule {

    /** An ordinal opens a clause: at the paragraph start or after punctuation; 唯一是 / 之一是 are no ordinals. */
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String CLAUSE_START = "。；;：:，,！？!? \u3000\u00a0\t”）)";

    private record Hit(TextRef text, int start, int end, int value, boolean firstInParagraph) {
    }

    @Override
    public void checkSection(SectionContext section, FindingSink out) {
        List<Hit> hits = new ArrayList<>();
        for (TextRef t : section.body()) {
            String s = t.text();
            if (s.indexOf('是') < 0) {
                continue;
            }
            boolean first = true;
            for (int shi = s.indexOf('是'); shi >= 0; shi = s.indexOf('是', shi + 1)) {
                int start = shi;
                while (start > 0 && shi - start < 3 && NUMERALS.indexOf(s.charAt(start - 1)) >= 0) {
                    start--;
                }
                if (start == shi || (start > 0 && CLAUSE_START.indexOf(s.charAt(start - 1)) < 0)) {
                    continue;
                }
                int v = Numbering.parseChinese(s.substring(start, shi));
                if (v > 0) {
                    hits.add(new Hit(t, start, shi, v, first));
                    first = false;
                }
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        int[] values = new int[hits.size()];
        boolean[] restarts = new boolean[hits.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = hits.get(i).value();
            restarts[i] = hits.get(i).firstInParagraph();
        }
        for (Sequences.Issue issue : Sequences.check(values, restarts)) {
            Hit h = hits.get(issue.index());
            String expected = Numbering.chinese(issue.expected());
            out.add(Sequences.ruleId("ordinal", issue.problem()), Severity.WARNING, h.text(), h.start(), h.end() + 1,
                    issue.fixable() ? expected + "是" : null, Sequences.problemKey("ordinal", issue.problem()),
                    h.text().text().substring(h.start(), h.end() + 1), expected + "是");
        }
    }
}
