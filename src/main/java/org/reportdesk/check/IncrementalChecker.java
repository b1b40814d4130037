package org.reportdesk.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/**
 * Live checking: remembers each section's findings under a key of everything they depend on
 * (heading, body, depth, numbering path, whether it has subsections, plan context, report facts),
 * so a check after one keystroke re-runs the section rules only for the edited section. Report-wide
 * rules run every time. Give it a snapshot ({@link Report#copy()}), not the live report, when
 * checking off the FX thread; calls are serialised.
 */
public final class IncrementalChecker {

    private record Key(String heading, RichText body, String path, int depth, boolean hasChildren, boolean plan,
                       CheckContext report) {

        static Key of(SectionContext s) {
            return new Key(s.section().heading(), s.section().body(), s.path(), s.depth(), s.hasChildren(),
                    s.planContext(), s.report());
        }
    }

    private record Cached(Key key, List<Finding> findings) {
    }

    /** A section's paragraph texts; reused while heading, body and path stay the same, so their hashes stay cached. */
    private record Texts(String heading, RichText body, String path, List<TextRef> texts) {
    }

    private final Preflight preflight;
    private final Map<String, Cached> cache = new HashMap<>();
    private final Map<String, Texts> texts = new HashMap<>();
    private int lastRechecked;

    public IncrementalChecker() {
        this(new Preflight());
    }

    public IncrementalChecker(Preflight preflight) {
        this.preflight = preflight;
    }

    /** Checks the report, re-running section rules only where something changed since the last call. */
    public synchronized CheckResult check(Report report) {
        ReportContext ctx = Contexts.of(report, this::textsOf);
        List<Finding> all = new ArrayList<>(preflight.checkReportWide(ctx));
        Set<String> seen = new HashSet<>();
        int rechecked = 0;
        for (SectionContext s : ctx.sections()) {
            String id = s.section().id();
            Key key = Key.of(s);
            Cached c = seen.add(id) ? cache.get(id) : null;
            if (c == null || !c.key().equals(key)) {
                c = new Cached(key, List.copyOf(preflight.checkSection(s)));
                cache.put(id, c);
                rechecked++;
            }
            all.addAll(c.findings());
        }
        cache.keySet().retainAll(seen);
        texts.keySet().retainAll(seen);
        lastRechecked = rechecked;
        return Preflight.sorted(report, all);
    }

    /** Forgets every cached finding (e.g. after the language changed). */
    public synchronized void clear() {
        cache.clear();
        texts.clear();
    }

    private List<TextRef> textsOf(Section s, String path) {
        Texts t = texts.get(s.id());
        if (t != null && t.body() == s.body() && t.heading().equals(s.heading()) && t.path().equals(path)) {
            return t.texts();
        }
        List<TextRef> fresh = Contexts.texts(s, path);
        texts.put(s.id(), new Texts(s.heading(), s.body(), path, fresh));
        return fresh;
    }

    /** How many sections the last {@link #check} had to re-run. */
    public synchronized int lastRecheckedSections() {
        return lastRechecked;
    }
}
