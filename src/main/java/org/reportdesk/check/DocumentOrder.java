package org.reportdesk.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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

    /** Sorts findings into reading order; keys are computed once per finding, not per comparison. */
    void sort(List<Finding> findings) {
        record Keyed(long major, long minor, Finding finding) {
        }
        List<Keyed> keyed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Location l = f.location();
            long section = l.target().inSection() ? sectionIndex.getOrDefault(l.sectionId(), Integer.MAX_VALUE) : 0;
            long major = ((long) rank(l) << 56) | (section << 8) | l.target().ordinal();
            long minor = ((long) l.paragraph() << 42) | ((long) Math.min(l.start(), 0x1FFFFF) << 21)
                    | Math.min(l.end(), 0x1FFFFF);
            keyed.add(new Keyed(major, minor, f));
        }
        keyed.sort(Comparator.comparingLong(Keyed::major).thenComparingLong(Keyed::minor)
                .thenComparing(k -> k.finding().rule()));
        findings.clear();
        keyed.forEach(k -> findings.add(k.finding()));
    }
}
