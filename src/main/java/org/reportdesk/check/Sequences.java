package org.reportdesk.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Continuity of a typed count (一是 二是 …, or 1. 2. … at paragraph starts). Starting again at 1 is
 * always allowed (a new list); anything else must be the previous value plus one.
 */
final class Sequences {

    enum Problem { MISSING_START, SKIPPED, REPEATED, BACKWARDS }

    /** A problem at item {@code index}; {@code fixable} when writing {@code expected} mends the run. */
    record Issue(int index, Problem problem, int expected, boolean fixable) {
    }

    private Sequences() {
    }

    /**
     * @param values   the counts in reading order
     * @param restarts for each item, whether a 1 there may start a new run (a repeated 1 inside one
     *                 paragraph is a repeat, in a new paragraph a new list)
     */
    static List<Issue> check(int[] values, boolean[] restarts) {
        List<Issue> issues = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < values.length; i++) {
            int n = values[i];
            if (n == 1 && (last != 1 || restarts[i])) {
                last = 1;
                continue;
            }
            int expected = last + 1;
            if (n != expected) {
                Problem p = last == 0 ? Problem.MISSING_START
                        : n == last ? Problem.REPEATED : n > last ? Problem.SKIPPED : Problem.BACKWARDS;
                boolean fixable = i + 1 >= values.length || values[i + 1] == 1 || values[i + 1] == expected + 1;
                issues.add(new Issue(i, p, expected, fixable));
                // Carry on from what the writer evidently meant, so one slip gives one finding.
                n = fixable ? expected : n;
            }
            last = n;
        }
        return issues;
    }

    static String problemKey(String family, Problem p) {
        return "check." + family + "." + switch (p) {
            case MISSING_START -> "missingStart";
            case SKIPPED -> "skipped";
            case REPEATED -> "repeated";
            case BACKWARDS -> "backwards";
        };
    }

    static String ruleId(String family, Problem p) {
        return family + "." + switch (p) {
            case MISSING_START, SKIPPED -> "skipped";
            case REPEATED -> "repeated";
            case BACKWARDS -> "backwards";
        };
    }
}
