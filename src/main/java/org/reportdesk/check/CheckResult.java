package org.reportdesk.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The findings of one check, in reading order, with look-ups the editor needs. */
public final class CheckResult {

    private final List<Finding> findings;
    private final DocumentOrder order;

    CheckResult(List<Finding> findings, DocumentOrder order) {
        this.findings = List.copyOf(findings);
        this.order = order;
    }

    /** Every finding, in reading order. */
    public List<Finding> findings() {
        return findings;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean isClean() {
        return findings.isEmpty();
    }

    /** The findings inside one section's heading and body (not its subsections). */
    public List<Finding> forSection(String sectionId) {
        return findings.stream().filter(f -> sectionId.equals(f.location().sectionId())).toList();
    }

    /**
     * F3: the first placeholder, blank or unfilled field that starts at or after the caret, wrapping
     * around to the top; empty when none is left. {@code from} is the caret (start = end) or the
     * selection that ends at the caret.
     */
    public Optional<Finding> nextFillIn(Location from) {
        // at or after the end of the selection: a blank starting right at the caret is the next one,
        // and after F3 selected a blank (caret at its end) the one after it is
        Location end = new Location(from.target(), from.sectionId(), from.paragraph(), from.end(), from.end());
        return first(end, Finding::isFillIn, true);
    }

    /** Shift+F3: the last placeholder, blank or unfilled field that starts before the caret, wrapping around. */
    public Optional<Finding> previousFillIn(Location from) {
        Location caret = new Location(from.target(), from.sectionId(), from.paragraph(), from.start(), from.start());
        Finding lastOverall = null;
        for (int i = findings.size() - 1; i >= 0; i--) {
            Finding f = findings.get(i);
            if (!f.isFillIn()) {
                continue;
            }
            if (lastOverall == null) {
                lastOverall = f;
            }
            Location l = f.location();
            if (order.compare(new Location(l.target(), l.sectionId(), l.paragraph(), l.start(), l.start()), caret) < 0) {
                return Optional.of(f);
            }
        }
        return Optional.ofNullable(lastOverall);
    }

    /** The first finding matching {@code which} that starts after {@code from}, wrapping around. */
    public Optional<Finding> next(Location from, Predicate<Finding> which) {
        return first(from, which, false);
    }

    private Optional<Finding> first(Location from, Predicate<Finding> which, boolean atCaret) {
        Location caret = new Location(from.target(), from.sectionId(), from.paragraph(), from.start(), from.start());
        Finding firstOverall = null;
        for (Finding f : findings) {
            if (!which.test(f)) {
                continue;
            }
            if (firstOverall == null) {
                firstOverall = f;
            }
            Location l = f.location();
            int c = order.compare(new Location(l.target(), l.sectionId(), l.paragraph(), l.start(), l.start()), caret);
            if (c > 0 || atCaret && c == 0) {
                return Optional.of(f);
            }
        }
        return Optional.ofNullable(firstOverall);
    }
}
