package org.reportdesk.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ASCII punctuation inside Chinese text: {@code , ; : ? ! ( )}, straight quotes, and {@code ...} or
 * {@code 。。。} for {@code ……}. Left alone: web addresses, {@code 1,000}, times like {@code 10:30}.
 */
final class HalfWidthPunctuationRule extends TextRule {

    static final String HALF_WIDTH = "punctuation.halfWidth";
    static final String QUOTE = "punctuation.straightQuote";
    static final String ELLIPSIS = "punctuation.ellipsis";

    private static final String HALF = ",;:?!()";
    private static final String FULL = "，；：？！（）";
    private static final Pattern BAD_ELLIPSIS = Pattern.compile("\\.{3,}|。{3,}|·{3,}|．{3,}|(?<!…)…(?!…)");

    @Override
    void scan(TextRef t, CheckContext ctx, FindingSink out) {
        String s = t.text();
        boolean[] urls = Urls.mask(s);
        boolean[] docNumbers = DocNumberRule.mask(s);
        TypedLabel label = TypedLabel.at(s);
        int labelEnd = label == null ? 0 : label.end();
        int quoteMarks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                quoteMarks++;
            }
        }
        boolean insideDouble = false;
        boolean insideSingle = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '”') {
                insideDouble = c == '“';
            } else if (c == '‘' || c == '’') {
                insideSingle = c == '‘';
            } else if (Urls.masked(urls, i)) {
                continue;
            } else if (c == '"') {
                if (touchesChinese(s, i)) {
                    String fix = quoteMarks % 2 == 0 ? (insideDouble ? "”" : "“") : null;
                    out.add(QUOTE, Severity.WARNING, t, i, i + 1, fix, "check.punctuation.straightQuote", "\"");
                }
                insideDouble = !insideDouble;
            } else if (c == '\'') {
                if (touchesChinese(s, i)) {
                    out.add(QUOTE, Severity.WARNING, t, i, i + 1, insideSingle ? "’" : "‘",
                            "check.punctuation.straightQuote", "'");
                }
                insideSingle = !insideSingle;
            } else if (HALF.indexOf(c) >= 0 && !Urls.masked(docNumbers, i)) {
                checkHalfWidth(t, s, i, out);
            } else if (c == '.' && i >= labelEnd && isSentenceEnd(s, i)) {
                out.add(HALF_WIDTH, Severity.WARNING, t, i, i + 1, "。", "check.punctuation.halfWidth", ".", "。");
            }
        }
        Matcher m = BAD_ELLIPSIS.matcher(s);
        while (m.find()) {
            boolean chinese = m.group().charAt(0) != '.' || touchesChinese(s, m.start()) || touchesChinese(s, m.end() - 1);
            if (chinese && !Urls.masked(urls, m.start())) {
                out.add(ELLIPSIS, Severity.WARNING, t, m.start(), m.end(), "……", "check.punctuation.ellipsis",
                        m.group());
            }
        }
    }

    private static void checkHalfWidth(TextRef t, String s, int i, FindingSink out) {
        char c = s.charAt(i);
        char prev = Chars.at(s, i - 1);
        char next = Chars.at(s, i + 1);
        if ((c == ',' || c == ':') && Chars.isAsciiDigit(prev) && Chars.isAsciiDigit(next)) {
            return;
        }
        if (!touchesChinese(s, i)) {
            return;
        }
        int end = i + 1;
        if (c != '(' && Chars.isChinese(Chars.after(s, end))) {
            while (end < s.length() && s.charAt(end) == ' ') {
                end++;
            }
        }
        String full = String.valueOf(FULL.charAt(HALF.indexOf(c)));
        out.add(HALF_WIDTH, Severity.WARNING, t, i, end, full, "check.punctuation.halfWidth",
                String.valueOf(c), full);
    }

    /** 工作. or 工作.下一步: a half-width full stop closing a Chinese sentence (not 1.5, not ... ). */
    private static boolean isSentenceEnd(String s, int i) {
        char next = Chars.at(s, i + 1);
        return Chars.isHan(Chars.at(s, i - 1)) && next != '.' && (next == '\0' || Chars.isChinese(Chars.after(s, i + 1)));
    }

    private static boolean touchesChinese(String s, int i) {
        return Chars.isChinese(Chars.before(s, i)) || Chars.isChinese(Chars.after(s, i + 1));
    }
}
