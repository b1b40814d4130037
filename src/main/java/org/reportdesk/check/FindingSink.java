package org.reportdesk.check;

import java.util.Arrays;
import java.util.List;

/** Where rules put their findings; builds each finding's place name and excerpt. */
public final class FindingSink {

    private final List<Finding> out;

    public FindingSink(List<Finding> out) {
        this.out = out;
    }

    /** A finding on [start, end) of one paragraph, with an optional fix (replacement of that range). */
    public void add(String rule, Severity severity, TextRef t, int start, int end, String replacement,
                    String key, Object... args) {
        Location loc = t.at(start, end);
        QuickFix fix = replacement == null ? null : new QuickFix(loc, t.text().substring(start, end), replacement);
        out.add(new Finding(rule, severity, t.where(), loc, Excerpts.around(t.text(), start, end), key,
                Arrays.asList(args), fix));
    }

    /** A finding about a place as a whole (an empty section, a missing date …). */
    public void addAt(String rule, Severity severity, String where, Location loc, String excerpt, QuickFix fix,
                      String key, Object... args) {
        out.add(new Finding(rule, severity, where, loc, excerpt, key, Arrays.asList(args), fix));
    }
}
