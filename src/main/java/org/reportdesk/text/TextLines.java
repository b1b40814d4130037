package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;

/** Text split into numbered {@link SourceLine}s (1-based), at {@code \n}, {@code \r\n} or {@code \r}. */
public final class TextLines {

    private TextLines() {
    }

    public static List<SourceLine> of(String text) {
        String[] parts = text.split("\r\n|\r|\n", -1);
        List<SourceLine> out = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            out.add(SourceLine.plain(i + 1, parts[i]));
        }
        return out;
    }

    public static String join(List<SourceLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(lines.get(i).text());
        }
        return sb.toString();
    }
}
