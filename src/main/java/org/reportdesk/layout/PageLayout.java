package org.reportdesk.layout;

import java.util.List;

/** A report laid out in pages. */
public record PageLayout(List<Page> pages) {

    public PageLayout {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }

    /** The first page holding a line of {@code sectionId}, 1-based, or 0 when none does. */
    public int pageOf(String sectionId) {
        for (Page p : pages) {
            for (Line l : p.lines()) {
                if (l.source() != null && sectionId.equals(l.source().sectionId())) {
                    return p.number();
                }
            }
        }
        return 0;
    }
}
