package org.reportdesk.check;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/** Reading order of locations in one report: title, 开头语, sections (heading, then body), 附件, 署名, 日期. */
final class DocumentOrder implements Comparator<Location> {

    private final Map<String, Integer> sectionIndex = new HashMap<>();

    DocumentOrder(Report report) {
        int i = 0;
        for (Section s : report.allSections()) {
            sectionIndex.put(s.id(), i++);
        }
    }

    @Override
    public int compare(Location a, Location b) {
        int c = Integer.compare(rank(a), rank(b));
        if (c != 0) {
            return c;
        }
        if (a.target().inSection()) {
            c = Integer.compare(sectionIndex.getOrDefault(a.sectionId(), Integer.MAX_VALUE),
                    sectionIndex.getOrDefault(b.sectionId(), Integer.MAX_VALUE));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.target().ordinal(), b.target().ordinal());
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(a.paragraph(), b.paragraph());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.start(), b.start());
        return c != 0 ? c : Integer.compare(a.end(), b.end());
    }

    private static int rank(Location l) {
        return l.target() == TextTarget.BODY ? TextTarget.HEADING.ordinal() : l.target().ordinal();
    }

    Comparator<Finding> findings() {
        return Comparator.comparing(Finding::location, this).thenComparing(Finding::rule);
    }
}
