package org.reportdesk.text;

import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * A report as numbered plain text, one paragraph a line: title, 开头语, {@code 一、heading} and
 * bodies (a run-in heading shares its line with the first body paragraph), 附件, 署名, 成文日期.
 * Used for copying to the clipboard; {@link OutlineParser} reads it back to the same outline.
 */
public final class PlainTextWriter {

    private PlainTextWriter() {
    }

    public static String write(Report r) {
        StringBuilder sb = new StringBuilder();
        line(sb, r.title());
        for (Paragraph p : r.opening().paragraphs()) {
            line(sb, p.plainText());
        }
        for (Section s : r.sections()) {
            section(sb, s);
        }
        if (!r.attachments().isEmpty()) {
            for (int i = 0; i < r.attachments().size(); i++) {
                String prefix = i == 0 ? "附件：" : "　　　";
                line(sb, prefix + (r.attachments().size() > 1 ? (i + 1) + "." : "") + r.attachments().get(i));
            }
        }
        line(sb, r.signature());
        line(sb, r.date());
        return sb.toString();
    }

    private static void section(StringBuilder sb, Section s) {
        var paragraphs = s.body().paragraphs();
        int first = 0;
        if (s.runIn() && !paragraphs.isEmpty()) {
            line(sb, s.numberedHeading() + paragraphs.get(0).plainText());
            first = 1;
        } else {
            line(sb, s.numberedHeading());
        }
        for (int i = first; i < paragraphs.size(); i++) {
            line(sb, paragraphs.get(i).plainText());
        }
        for (Section c : s.children()) {
            section(sb, c);
        }
    }

    private static void line(StringBuilder sb, String text) {
        if (text != null && !text.isEmpty()) {
            sb.append(text).append('\n');
        }
    }
}
