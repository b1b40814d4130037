package org.reportdesk.io;

import java.util.List;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * The largest report the app opens: measured smooth up to these sizes (docs/limits.md); beyond
 * them a report is refused with a sentence rather than freezing the window.
 */
public final class ReportLimits {

    public static final int MAX_SECTIONS = 5_000;
    public static final int MAX_CHARS = 1_000_000;

    private ReportLimits() {
    }

    /** Throws {@code limits.tooLarge} when {@code r} is beyond what the editor handles smoothly. */
    public static Report requireWithin(Report r) {
        if (!isWithin(r)) {
            throw new UserFacingException("limits.tooLarge", r.title().length() > 40 ? r.title().substring(0, 40) + "…" : r.title(),
                    MAX_SECTIONS, MAX_CHARS / 10_000);
        }
        return r;
    }

    /** Whether {@code r} stays within the limits with {@code moreSections} sections and {@code moreChars} characters added. */
    public static boolean roomFor(Report r, int moreSections, long moreChars) {
        return within(moreSections, moreChars + r.title().length() + r.opening().plainText().length(), r.sections());
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
        return within(0, chars, sections);
    }

    /** Counts top-level section by section, stopping as soon as the limits are passed. */
    private static boolean within(long sections, long chars, List<Section> tops) {
        long[] taken = {sections, chars};
        for (Section top : tops) {
            if (!count(top, taken)) {
                return false;
            }
            top.forEachDescendant(s -> count(s, taken));
            if (taken[0] > MAX_SECTIONS || taken[1] > MAX_CHARS) {
                return false;
            }
        }
        return taken[0] <= MAX_SECTIONS && taken[1] <= MAX_CHARS;
    }

    private static boolean count(Section s, long[] taken) {
        taken[0]++;
        taken[1] += s.heading().length() + s.body().plainText().length();
        return taken[0] <= MAX_SECTIONS && taken[1] <= MAX_CHARS;
    }
}
