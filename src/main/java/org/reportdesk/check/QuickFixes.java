package org.reportdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** Applying quick fixes to a report. */
public final class QuickFixes {

    private QuickFixes() {
    }

    /** Whether the text at the fix's location still reads what the fix expects. */
    public static boolean canApply(Report report, QuickFix fix) {
        String text = paragraphText(report, fix.location());
        Location l = fix.location();
        return text != null && l.end() <= text.length() && text.substring(l.start(), l.end()).equals(fix.expected());
    }

    /**
     * Replaces the fix's range in the report and returns what changed.
     *
     * @throws IllegalStateException when the text there has changed since the check (re-check first)
     */
    public static AppliedFix apply(Report report, QuickFix fix) {
        if (!canApply(report, fix)) {
            throw new IllegalStateException("the text has changed since the check: " + fix.location());
        }
        Location l = fix.location();
        String before = paragraphText(report, l);
        String after = before.substring(0, l.start()) + fix.replacement() + before.substring(l.end());
        RichText richBefore = richText(report, l);
        RichText richAfter = richBefore == null ? null
                : ParagraphEdits.replace(richBefore, l.paragraph(), l.start(), l.end(), fix.replacement());
        write(report, l, after, richAfter);
        Location changed = new Location(l.target(), l.sectionId(), l.paragraph(), l.start(),
                l.start() + fix.replacement().length());
        return new AppliedFix(fix, changed, before, after, richBefore, richAfter);
    }

    /**
     * Applies every fix of {@code findings} that still applies, last place first so offsets stay
     * valid; fixes overlapping one already applied are skipped (re-check to see what is left).
     * Undo the returned fixes in reverse order to restore the report.
     */
    public static List<AppliedFix> applyAll(Report report, List<Finding> findings) {
        List<QuickFix> fixes = findings.stream().map(Finding::fix).filter(f -> f != null).toList();
        DocumentOrder order = new DocumentOrder(report);
        List<QuickFix> lastFirst = fixes.stream().sorted((a, b) -> order.compare(b.location(), a.location())).toList();
        List<AppliedFix> applied = new ArrayList<>();
        Location previous = null;
        for (QuickFix f : lastFirst) {
            boolean overlaps = previous != null && previous.sameParagraph(f.location())
                    && f.location().end() > previous.start();
            if (!overlaps && canApply(report, f)) {
                applied.add(apply(report, f));
                previous = f.location();
            }
        }
        return applied;
    }

    static String paragraphText(Report r, Location l) {
        return switch (l.target()) {
            case TITLE -> r.title();
            case SIGNATURE -> r.signature();
            case DATE -> r.date();
            case ATTACHMENT -> l.paragraph() < r.attachments().size() ? r.attachments().get(l.paragraph()) : null;
            case HEADING -> {
                Section s = r.findSection(l.sectionId());
                yield s == null ? null : s.heading();
            }
            case OPENING, BODY -> {
                RichText t = richText(r, l);
                yield t == null || l.paragraph() >= t.paragraphs().size() ? null
                        : t.paragraphs().get(l.paragraph()).plainText();
            }
        };
    }

    private static RichText richText(Report r, Location l) {
        if (l.target() == TextTarget.OPENING) {
            return r.opening();
        }
        if (l.target() == TextTarget.BODY) {
            Section s = r.findSection(l.sectionId());
            return s == null ? null : s.body();
        }
        return null;
    }

    static void write(Report r, Location l, String paragraph, RichText rich) {
        switch (l.target()) {
            case TITLE -> r.setTitle(paragraph);
            case SIGNATURE -> r.setSignature(paragraph);
            case DATE -> r.setDate(paragraph);
            case ATTACHMENT -> r.attachments().set(l.paragraph(), paragraph);
            case HEADING -> r.findSection(l.sectionId()).setHeading(paragraph);
            case OPENING -> r.setOpening(rich);
            case BODY -> r.findSection(l.sectionId()).setBody(rich);
        }
    }
}
