package org.reportdesk.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Traditional → simplified characters through opencc4j (its dictionaries ship in the jar; no
 * network). Applied only to text that is traditional: converting simplified text would still turn
 * a few characters (著 → 着) that the writer meant.
 */
public final class TraditionalConverter {

    private TraditionalConverter() {
    }

    public static String toSimplified(String s) {
        return s.isEmpty() ? s : ZhConverterUtil.toSimple(s);
    }

    /** Whether enough of {@code text} changes under conversion to call it traditional. */
    public static boolean isTraditional(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        String converted = toSimplified(sample);
        if (converted.length() != sample.length()) {
            return !converted.equals(sample);
        }
        int han = 0;
        int diff = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                han++;
                if (converted.charAt(i) != c) {
                    diff++;
                }
            }
        }
        return diff >= 5 && diff * 50 >= han;
    }
}
