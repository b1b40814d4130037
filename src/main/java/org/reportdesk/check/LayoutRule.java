package org.reportdesk.check;

import org.reportdesk.model.Section;

/**
 * What the page will look like, estimated from character counts: a title longer than two lines,
 * and a 署名/成文日期 block that would start a page of its own. The estimate follows GB/T 9704:
 * 22 lines of 28 characters, body paragraphs indented two characters, a 2号 title line holding
 * about 20 characters (22 pt in a 156 mm type area).
 */
final class LayoutRule implements Rule {

    static final String TITLE_TOO_LONG = "layout.titleTooLong";
    static final String DATE_ALONE = "layout.dateAlone";

    static final int TITLE_CHARS_PER_LINE = 20;
    static final int TITLE_MAX_LINES = 2;
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;
    static final int INDENT = 2;
    /** Blank lines above the 署名 for the seal (7.3.5.1). */
    static final int SIGNATURE_GAP = 2;

    @Override
    public void checkReport(ReportContext report, FindingSink out) {
        String title = report.report().title();
        int titleLines = (int) Math.ceil(Chars.width(title.strip()) / TITLE_CHARS_PER_LINE);
        if (titleLines > TITLE_MAX_LINES) {
            TextRef t = report.partTexts().get(0);
            out.add(TITLE_TOO_LONG, Severity.WARNING, t, 0, title.length(), null, "check.layout.titleTooLong",
                    titleLines, TITLE_MAX_LINES);
        }
        if (report.report().date().isBlank() && report.report().signature().isBlank()) {
            return;
        }
        int lines = bodyLines(report, Math.max(titleLines, 1));
        int used = lines % LINES_PER_PAGE;
        int left = used == 0 ? 0 : LINES_PER_PAGE - used;
        if (lines > 0 && left < SIGNATURE_GAP + 2) {
            int page = (lines - 1) / LINES_PER_PAGE + 2;
            out.addAt(DATE_ALONE, Severity.WARNING, Parts.name(TextTarget.DATE), Location.of(TextTarget.DATE, null),
                    report.report().date(), null, "check.layout.dateAlone", page);
        }
    }

    /** Lines from the top of the first page through the last body line and the 附件说明. */
    static int bodyLines(ReportContext report, int titleLines) {
        int lines = titleLines + 1;
        if (!report.report().recipient().isBlank()) {
            lines += paragraphLines(Chars.width(report.report().recipient()) - INDENT);
        }
        for (TextRef t : report.partTexts()) {
            if (t.target() == TextTarget.OPENING) {
                lines += paragraphLines(t.width());
            }
        }
        for (SectionContext s : report.sections()) {
            Section sec = s.section();
            double heading = s.heading().width() + labelWidth(s);
            boolean first = true;
            for (TextRef t : s.body()) {
                double w = t.width();
                if (first && sec.runIn()) {
                    w += heading;
                    heading = -1;
                }
                first = false;
                lines += paragraphLines(w);
            }
            if (heading >= 0) {
                lines += paragraphLines(heading);
            }
        }
        if (!report.report().attachments().isEmpty()) {
            lines += 1;
            for (String a : report.report().attachments()) {
                lines += paragraphLines(Chars.width(a) + 3);
            }
        }
        return lines;
    }

    private static int paragraphLines(double width) {
        return Math.max(1, (int) Math.ceil((width + INDENT) / CHARS_PER_LINE));
    }

    private static double labelWidth(SectionContext s) {
        return s.depth() <= 2 ? 3 : 1.5;
    }
}
