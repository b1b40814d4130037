package org.reportdesk.text;

import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * 字数 as a Chinese office counts it: every CJK character and every full-width punctuation mark
 * counts one; a run of Latin letters, digits and ASCII symbols ({@code 95.5%}, {@code Excel}) counts
 * one word, as Word's and WPS's 字数 do; spaces and control characters count nothing; any other
 * visible symbol counts one.
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

    /** 字数 of a whole report: title, opening, numbered headings, bodies, signature and date. */
    public static int count(Report r) {
        int n = count(r.title()) + count(r.opening().plainText());
        for (Section s : r.allSections()) {
            n += count(s.numberedHeading()) + count(s.body().plainText());
        }
        return n + count(r.signature()) + count(r.date());
    }

    /** 字数 of one section's heading (with its label) and body, without its children. */
    public static int count(Section s) {
        return count(s.numberedHeading()) + count(s.body().plainText());
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x80 ? cp > 0x20 && cp < 0x7f
                : Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
