package org.reportdesk.check;

import org.reportdesk.text.SourceNumbering;

/**
 * Numbering the imported source got wrong (a skipped or repeated label): importing renumbered
 * it, so the writer is told what changed rather than left with a silent fix.
 */
final class SourceNumberingRule implements Rule {

    static final String SKIPPED = "numbering.sourceSkipped";
    static final String REPEATED = "numbering.sourceRepeated";

    @Override
    public void checkSection(SectionContext section, FindingSink out) {
        SourceNumbering.Issue issue = SourceNumbering.of(section.section());
        if (issue == null) {
            return;
        }
        boolean skipped = issue.problem().equals("skipped");
        TextRef heading = section.heading();
        out.addAt(skipped ? SKIPPED : REPEATED, Severity.WARNING, section.path(), heading.at(0, 0),
                Excerpts.head(heading.text(), 20), null,
                skipped ? "check.numbering.sourceSkipped" : "check.numbering.sourceRepeated", issue.found(), issue.expected());
    }
}
