package org.reportdesk.check;

/**
 * Where a year is only quoted: inside a document title {@code 《…》} or a document number
 * {@code 〔2019〕}. Years there say nothing about the report's own period.
 */
final class YearMasks {

    private YearMasks() {
    }

    static boolean[] quoted(String s) {
        boolean[] mask = new boolean[s.length()];
        int titleDepth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '《') {
                titleDepth++;
            }
            mask[i] = titleDepth > 0;
            if (c == '》' && titleDepth > 0) {
                titleDepth--;
            }
            if (c == '〔' || c == '[' || c == '【' || c == '﹝' || c == '［') {
                int close = Math.min(s.length(), i + 7);
                for (int j = i; j < close; j++) {
                    mask[j] = true;
                    if (j > i && !Chars.isAsciiDigit(s.charAt(j))) {
                        break;
                    }
                }
            }
        }
        return mask;
    }

    /** Whether the year at [start, end) is one end of a range such as 2021—2025年 or 2021年至2025年. */
    static boolean inRange(String s, int start, int end) {
        int b = start - 1;
        if (RANGE_MARKS.indexOf(Chars.at(s, b)) >= 0) {
            b--;
            if (Chars.at(s, b) == '年') {
                b--;
            }
            if (Chars.isAsciiDigit(Chars.at(s, b))) {
                return true;
            }
        }
        int a = end;
        if (Chars.at(s, a) == '年') {
            a++;
        }
        return RANGE_MARKS.indexOf(Chars.at(s, a)) >= 0 && Chars.isAsciiDigit(Chars.at(s, a + 1));
    }

    private static final String RANGE_MARKS = "—-－~～至到";
}
