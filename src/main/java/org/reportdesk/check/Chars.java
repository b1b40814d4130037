package org.reportdesk.check;

/** Character classes the rules share. */
final class Chars {

    private Chars() {
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || c == '〇';
    }

    /** Full-width Chinese punctuation: ，。、；：？！“”‘’（）《》【】〔〕……——. */
    static boolean isChinesePunct(char c) {
        return (c >= 0x3000 && c <= 0x303F && c != 0x3000) || c == '，' || c == '；' || c == '：' || c == '？'
                || c == '！' || c == '（' || c == '）' || c == '“' || c == '”' || c == '‘' || c == '’'
                || c == '…' || c == '—';
    }

    /** Han characters and Chinese punctuation: text a half-width mark must not touch. */
    static boolean isChinese(char c) {
        return isHan(c) || isChinesePunct(c);
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }

    /** Spaces as pasted text has them: ASCII, tab, no-break space, ideographic space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000';
    }

    static char at(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
    }

    /** The nearest character before {@code i} that is not a space, or '\0'. */
    static char before(String s, int i) {
        int j = i - 1;
        while (j >= 0 && isSpace(s.charAt(j))) {
            j--;
        }
        return at(s, j);
    }

    /** The nearest character from {@code i} on that is not a space, or '\0'. */
    static char after(String s, int i) {
        int j = i;
        while (j < s.length() && isSpace(s.charAt(j))) {
            j++;
        }
        return at(s, j);
    }

    /** Display width in Chinese character cells: ASCII and half-width forms count a half. */
    static double width(String s) {
        int cells = 0;
        int halves = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x2000 || (c >= 0xFF61 && c <= 0xFFDC)) {
                halves++;
            } else if (!Character.isLowSurrogate(c)) {
                cells++;
            }
        }
        return cells + halves / 2.0;
    }
}
