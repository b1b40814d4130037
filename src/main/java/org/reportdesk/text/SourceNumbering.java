package org.reportdesk.text;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.reportdesk.model.Section;

/**
 * What the source's own numbering got wrong. Importing renumbers (labels are computed from the
 * outline), so a skipped or repeated label in the source ({@code （二）} then {@code （四）}) would
 * vanish silently; the importer notes it here for the heading it gave, and the preflight check
 * reports it. Notes live as long as the imported section object (weakly held: nothing to clear).
 */
public final class SourceNumbering {

    /** {@code problem}: "skipped" or "repeated"; {@code found}, {@code expected}: labels as written. */
    public record Issue(String problem, String found, String expected) {
    }

    private static final Map<Section, Issue> ISSUES = Collections.synchronizedMap(new WeakHashMap<>());

    private SourceNumbering() {
    }

    /** The note for a heading the importer made, or null. */
    public static Issue of(Section s) {
        return ISSUES.get(s);
    }

    static void note(Section s, int rank, int found, int expected) {
        String problem = found > expected ? "skipped" : "repeated";
        int r = Math.max(1, Math.min(4, rank));
        ISSUES.put(s, new Issue(problem, org.reportdesk.model.Numbering.label(r, found - 1),
                org.reportdesk.model.Numbering.label(r, expected - 1)));
    }
}
