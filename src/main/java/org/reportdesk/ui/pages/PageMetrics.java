package org.reportdesk.ui.pages;

import org.reportdesk.layout.FontMetrics;
import org.reportdesk.layout.fonts.FontSet;

/**
 * The font metrics of the page view: the machine's fonts as the PDF export uses them, parsed once
 * per process (a CJK font takes seconds to parse) and shared by every window. Thread-safe.
 */
public final class PageMetrics {

    private static FontSet shared;

    private PageMetrics() {
    }

    public static synchronized FontMetrics shared() {
        if (shared == null) {
            shared = FontSet.forPdf();
        }
        return shared;
    }
}
