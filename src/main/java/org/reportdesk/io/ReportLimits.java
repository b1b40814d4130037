package org.reportdesk.io;

import java.util.List;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * The largest report the app opens: measured smooth up to these sizes (docs/limits.md); beyond
 * them a report is refused with a sentence rather than freezing the window.
 */
public final class ReportLimits {

    public static final int MAX_SECTIONS = 5_000;
    public static final int MAX_CHARS = 1_000_000;
    /** 一、（一）1.（1）: the outline has four levels; a file with deeper sections is refused. */
    public static final int MAX_DEPTH = 4;
    /** All pictures of one report together: with the text, its JSON stays within a backup record (32 MB). */
    public static final long MAX_PICTURE_BYTES = 20L * 1024 * 1024;

    private ReportLimits() {
    }

    /** Throws {@code limits.tooLarge} when {@code r} is beyond what the editor handles smoothly or deeper than four levels. */
    public static Report requireWithin(Report r) {
        if (!isWithinFromFile(r)) {
            throw new UserFacingException("limits.tooLarge", r.title().length() > 40 ? r.title().substring(0, 40) + "…" : r.title(),
                    MAX_SECTIONS, MAX_CHARS / 10_000);
        }
        return r;
    }

    /** Whether {@code r} stays within the limits with {@code moreSections} sections and {@code moreChars} characters added. */
    public static boolean roomFor(Report r, int moreSections, long moreChars) {
        return within(moreSections, moreChars + ownChars(r), r.sections());
    }

    /** What a file may hold: within the limits, and no section below the fourth level. */
    public static boolean isWithinFromFile(Report r) {
        return r.root().subtreeHeight() <= MAX_DEPTH && isWithin(r);
    }

    /**
     * Every character of the report outside its sections: title, 开头语, 主送机关, unit, 附件,
     * 署名, 成文日期 and the further fields (names and values), stopping once past the limit.
     */
    private static long ownChars(Report r) {
        long n = (long) r.title().length() + r.opening().plainText().length() + r.recipient().length()
                + r.unit().length() + r.signature().length() + r.date().length();
        for (String a : r.attachments()) {
            n += a.length();
            if (n > MAX_CHARS) {
                return n;
            }
        }
        for (var e : r.extraFields().entrySet()) {
            n += e.getKey().length() + e.getValue().length();
            if (n > MAX_CHARS) {
                return n;
            }
        }
        return n;
    }

    /** Whether {@code r} has at most {@link #MAX_SECTIONS} sections and {@link #MAX_CHARS} characters. */
    public static boolean isWithin(Report r) {
        return roomFor(r, 0, 0);
    }

    /**
     * Whether {@code sections} with their subsections stay within the limits, {@code chars}
     * characters being taken already (a title, an opening): for what goes into a report whole,
     * such as a template.
     */
    public static boolean isWithin(long chars, List<Section> sections) {
        return sections.stream().allMatch(s -> s.subtreeHeight() < MAX_DEPTH) && within(0, chars, sections);
    }

    /** Counts top-level section by section, stopping as soon as the limits are passed. */
    private static boolean within(long sections, long chars, List<Section> tops) {
        long[] taken = {sections, chars, 0};
        for (Section top : tops) {
            if (!count(top, taken)) {
                return false;
            }
            top.forEachDescendant(s -> count(s, taken));
            if (!fits(taken)) {
                return false;
            }
        }
        return fits(taken);
    }

    private static boolean count(Section s, long[] taken) {
        taken[0]++;
        taken[1] += s.heading().length() + s.body().fullLength();
        if (s.body().hasObjects()) {
            for (Paragraph p : s.body().paragraphs()) {
                if (p.embedded() instanceof Picture pic) {
                    taken[2] += pic.byteCount();
                }
            }
        }
        return fits(taken);
    }

    private static boolean fits(long[] taken) {
        return taken[0] <= MAX_SECTIONS && taken[1] <= MAX_CHARS && taken[2] <= MAX_PICTURE_BYTES;
    }
}
