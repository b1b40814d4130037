package org.reportdesk.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two versions of a report section by section: sections are matched by id, then the
 * remaining ones by heading; a matched pair is CHANGED when its heading, run-in or body differs.
 * Rows follow the current report's reading order, removed sections at the end in their old order.
 */
public final class ReportDiff {

    private ReportDiff() {
    }

    public static List<SectionChange> compare(Report older, Report current) {
        List<Section> olds = older.allSections();
        Map<String, Section> oldById = new HashMap<>();
        for (Section s : olds) {
            oldById.put(s.id(), s);
        }
        Set<Section> matched = new HashSet<>();
        Map<Section, Section> pairOf = new HashMap<>();
        List<Section> unmatched = new ArrayList<>();
        for (Section c : current.allSections()) {
            Section o = oldById.get(c.id());
            if (o != null) {
                pairOf.put(c, o);
                matched.add(o);
            } else {
                unmatched.add(c);
            }
        }
        Map<String, List<Section>> oldByHeading = new HashMap<>();
        for (Section o : olds) {
            if (!matched.contains(o)) {
                oldByHeading.computeIfAbsent(o.heading().strip(), k -> new ArrayList<>()).add(o);
            }
        }
        for (Section c : unmatched) {
            List<Section> candidates = oldByHeading.get(c.heading().strip());
            if (candidates != null && !candidates.isEmpty() && !c.heading().isBlank()) {
                Section o = candidates.remove(0);
                pairOf.put(c, o);
                matched.add(o);
            }
        }
        List<SectionChange> out = new ArrayList<>();
        for (Section c : current.allSections()) {
            Section o = pairOf.get(c);
            if (o == null) {
                out.add(new SectionChange(SectionChange.Kind.ADDED, null, c));
            } else {
                out.add(new SectionChange(same(o, c) ? SectionChange.Kind.UNCHANGED : SectionChange.Kind.CHANGED, o, c));
            }
        }
        for (Section o : olds) {
            if (!matched.contains(o)) {
                out.add(new SectionChange(SectionChange.Kind.REMOVED, o, null));
            }
        }
        return out;
    }

    private static boolean same(Section a, Section b) {
        return a.heading().equals(b.heading()) && a.runIn() == b.runIn() && a.body().equals(b.body());
    }
}
