package org.reportdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdesk.model.Numbering;

/** 一是……二是……三是: skipped, repeated or backwards ordinals across a section's body. */
final class OrdinalRule implements Rule {

    /** An ordinal opens a clause: at the paragraph start or after punctuation; 唯一是 / 之一是 are no ordinals. */
    private static final Pattern ORDINAL = Pattern.compile("([一二三四五六七八九十]{1,3})是");
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
            Matcher m = ORDINAL.matcher(s);
            boolean first = true;
            while (m.find()) {
                if (m.start() > 0 && CLAUSE_START.indexOf(s.charAt(m.start() - 1)) < 0) {
                    continue;
                }
                int v = Numbering.parseChinese(m.group(1));
                if (v > 0) {
                    hits.add(new Hit(t, m.start(1), m.end(1), v, first));
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
