package org.reportdesk.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full-width digits and letters ({@code ２０２５}, {@code ＰＰＴ}) where half-width ones belong. */
final class FullWidthAlnumRule extends TextRule {

    static final String FULL_WIDTH = "punctuation.fullWidthAlnum";

    private static final Pattern RUN = Pattern.compile("[０-９Ａ-Ｚａ-ｚ]+(?:．[０-９]+)?");

    @Override
    void scan(TextRef t, CheckContext ctx, FindingSink out) {
        String s = t.text();
        if (!holdsFullWidthAlnum(s)) {
            return;
        }
        Matcher m = RUN.matcher(s);
        while (m.find()) {
            String run = m.group();
            if (run.chars().allMatch(c -> c == 'ｘ' || c == 'Ｘ')) {
                continue; // a placeholder, reported as such
            }
            StringBuilder half = new StringBuilder(run.length());
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                half.append(c == '．' ? '.' : (char) (c - 0xFEE0));
            }
            out.add(FULL_WIDTH, Severity.WARNING, t, m.start(), m.end(), half.toString(),
                    "check.punctuation.fullWidthAlnum", run, half.toString());
        }
    }

    private static boolean holdsFullWidthAlnum(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= 'ｚ') {
                return true;
            }
        }
        return false;
    }
}
