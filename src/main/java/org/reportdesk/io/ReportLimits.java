package org.reportdesk.io;

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

    /** Whether {@code r} has at most {@link #MAX_SECTIONS} sections and {@link #MAX_CHARS} characters. */
    public static boolean isWithin(Report r) {
        int sections = 0;
        long chars = r.title().length() + r.opening().plainText().length();
        if (chars > MAX_CHARS) {
            return false;
        }
        for (Section s : r.allSections()) {
            sections++;
            chars += s.heading().length() + s.body().plainText().length();
            if (sections > MAX_SECTIONS || chars > MAX_CHARS) {
                return false;
            }
        }
        return true;
    }
}
