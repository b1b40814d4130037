package org.reportdesk.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.reportdesk.model.Fields;
import org.reportdesk.store.Match;

/**
 * A card's title or snippet with its {@code {{字段}}} filled from the open report, as the preview
 * fills them, and the highlighted ranges moved to the filled text (a range touching a field covers
 * the whole filled value). Unknown fields stay as they are.
 */
record FilledText(String text, List<Match> matches) {

    static FilledText of(String raw, List<Match> matches, Map<String, String> values) {
        if (raw == null || raw.indexOf("{{") < 0 || values.isEmpty()) {
            return new FilledText(raw == null ? "" : raw, matches);
        }
        // at[i] = where raw position i lands in the filled text; ends[i] = where a range ending at i ends
        int[] at = new int[raw.length() + 1];
        int[] ends = new int[raw.length() + 1];
        StringBuilder sb = new StringBuilder(raw.length());
        Matcher m = Fields.FIELD.matcher(raw);
        int i = 0;
        while (m.find()) {
            for (; i < m.start(); i++) {
                at[i] = sb.length();
                sb.append(raw.charAt(i));
                ends[i + 1] = sb.length();
            }
            String v = values.get(m.group(1));
            String put = v != null ? v : m.group();
            int start = sb.length();
            sb.append(put);
            for (; i < m.end(); i++) {
                at[i] = start;
                ends[i + 1] = sb.length();
            }
        }
        for (; i < raw.length(); i++) {
            at[i] = sb.length();
            sb.append(raw.charAt(i));
            ends[i + 1] = sb.length();
        }
        at[raw.length()] = sb.length();
        List<Match> moved = new ArrayList<>(matches.size());
        for (Match r : matches) {
            if (r.start() >= 0 && r.end() <= raw.length() && r.start() < r.end()) {
                moved.add(new Match(at[r.start()], ends[r.end()]));
            }
        }
        return new FilledText(sb.toString(), moved);
    }
}
