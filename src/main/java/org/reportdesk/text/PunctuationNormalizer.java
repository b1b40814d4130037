package org.reportdesk.text;

/**
 * Makes half-width {@code , ; : ? ! ( )} next to Chinese text full-width. A mark between digits
 * ({@code 1,000}, {@code 10:30}) or in a URL ({@code http://}) stays; a pair of parentheses turns
 * full-width when it touches or holds Chinese text.
 */
public final class PunctuationNormalizer {

    private PunctuationNormalizer() {
    }

    public static String normalize(String s) {
        char[] c = s.toCharArray();
        boolean changed = false;
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            char full = switch (ch) {
                case ',' -> '，';
                case ';' -> '；';
                case ':' -> '：';
                case '?' -> '？';
                case '!' -> '！';
                default -> 0;
            };
            if (full != 0 && touchesChinese(c, i) && !(ch == ':' && i + 1 < c.length && c[i + 1] == '/')) {
                c[i] = full;
                changed = true;
            } else if (ch == '(') {
                int close = s.indexOf(')', i + 1);
                int nextOpen = s.indexOf('(', i + 1);
                if (close > 0 && (nextOpen < 0 || nextOpen > close)
                        && (isChinese(at(c, i - 1)) || isChinese(at(c, close + 1)) || hasChinese(s, i + 1, close))) {
                    c[i] = '（';
                    c[close] = '）';
                    changed = true;
                } else if (close < 0 && touchesChinese(c, i)) {
                    c[i] = '（';
                    changed = true;
                }
            } else if (ch == ')' && touchesChinese(c, i) && s.lastIndexOf('(', i) < 0) {
                c[i] = '）';
                changed = true;
            }
        }
        return changed ? new String(c) : s;
    }

    private static boolean touchesChinese(char[] c, int i) {
        return isChinese(at(c, i - 1)) || isChinese(at(c, i + 1));
    }

    private static char at(char[] c, int i) {
        return i >= 0 && i < c.length ? c[i] : 0;
    }

    private static boolean hasChinese(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isChinese(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A CJK character or a full-width punctuation mark. */
    static boolean isChinese(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf' || c >= '\u3000' && c <= '\u303f'
                || c >= '\uff01' && c <= '\uff0f' || c >= '\uff1a' && c <= '\uff20' || c == '“' || c == '”'
                || c == '‘' || c == '’' || c == '…' || c == '—';
    }
}
