package org.reportdesk.docx;

/** Width of text in character cells of its font size: ASCII (half-width) counts ½, everything else 1. */
final class TextWidth {

    private TextWidth() {
    }

    /** Width in half cells (to stay in integers): ASCII 1, others 2. */
    static int halfCells(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            w += cp < 0x80 ? 1 : 2;
        }
        return w;
    }
}
