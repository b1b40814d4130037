package org.reportdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.Numbering;

/**
 * Numbering: labels typed into headings (labels are computed), sections deeper than four levels,
 * and sequences typed at the start of body paragraphs (1. 2. 4.) that skip or repeat, or skip a level.
 */
final class NumberingRule implements Rule {

    static final String HAND_LABEL = "numbering.handLabel";
    static final String TOO_DEEP = "numbering.tooDeep";
    static final String SKIPPED_LEVEL = "numbering.levelSkipped";

    @Override
    public void checkSection(SectionContext section, FindingSink out) {
        TextRef heading = section.heading();
        TypedLabel label = TypedLabel.at(heading.text());
        if (label != null) {
            out.add(HAND_LABEL, Severity.ERROR, heading, 0, label.end(), "", "check.numbering.handLabel",
                    heading.text().substring(0, label.end()).strip());
        }
        if (section.depth() > Numbering.MAX_DEPTH) {
            out.addAt(TOO_DEEP, Severity.ERROR, section.path(), heading.at(0, 0), Excerpts.head(heading.text(), 20),
                    null, "check.numbering.tooDeep", section.depth(), Numbering.MAX_DEPTH);
        }
        checkBodySequences(section, out);
    }

    private static void checkBodySequences(SectionContext section, FindingSink out) {
        List<List<Integer>> byLevel = new ArrayList<>();
        List<List<TextRef>> refs = new ArrayList<>();
        List<List<TypedLabel>> labels = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            byLevel.add(new ArrayList<>());
            refs.add(new ArrayList<>());
            labels.add(new ArrayList<>());
        }
        int shallowest = Integer.MAX_VALUE;
        for (TextRef t : section.body()) {
            TypedLabel l = TypedLabel.at(t.text());
            if (l == null) {
                continue;
            }
            byLevel.get(l.level()).add(l.value());
            refs.get(l.level()).add(t);
            labels.get(l.level()).add(l);
            shallowest = Math.min(shallowest, l.level());
        }
        if (shallowest == Integer.MAX_VALUE) {
            return;
        }
        for (int level = 1; level <= 4; level++) {
            List<Integer> values = byLevel.get(level);
            int[] v = values.stream().mapToInt(Integer::intValue).toArray();
            boolean[] restarts = new boolean[v.length];
            for (Sequences.Issue issue : Sequences.check(v, restarts)) {
                TypedLabel l = labels.get(level).get(issue.index());
                TextRef t = refs.get(level).get(issue.index());
                String expected = l.numeral(issue.expected());
                out.add(Sequences.ruleId("numbering", issue.problem()), Severity.WARNING, t, l.numStart(), l.numEnd(),
                        issue.fixable() ? expected : null, Sequences.problemKey("numbering", issue.problem()),
                        t.text().substring(l.numStart(), l.numEnd()), expected);
            }
        }
        int depth = section.depth();
        if (depth >= 1 && depth < Numbering.MAX_DEPTH && shallowest > depth + 1 && !section.hasChildren()) {
            TextRef t = refs.get(shallowest).get(0);
            TypedLabel l = labels.get(shallowest).get(0);
            out.add(SKIPPED_LEVEL, Severity.INFO, t, 0, l.end(), null, "check.numbering.levelSkipped",
                    t.text().substring(0, l.end()).strip(), Numbering.label(depth + 1, 0));
        }
    }
}
