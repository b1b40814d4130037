package org.reportdesk.text;

/**
 * 字数 as a Chinese office counts it: every CJK character and every full-width punctuation mark
 * counts one; a run of Latin letters or digits counts one word; spaces and control characters
 * count nothing; any other visible symbol counts one.
 */
public final class CharCounter {

    /** Character cells of a GB/T 9704 page: 22 lines of 28 characters. */
    public static final int CELLS_PER_PAGE = 22 * 28;

    private CharCounter() {
    }

    public static int count(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                if (!inWord) {
                    n++;
                    inWord = true;
                }
                continue;
            }
            inWord = false;
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            n++;
        }
        return n;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x80 ? Character.isLetterOrDigit(cp) || cp == '_'
                : Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
