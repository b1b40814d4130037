package org.reportdesk.ui.editor;

/**
 * Plain text as it arrives from Word, WPS or a browser, made fit for a report body: line breaks
 * normalised to {@code \n}, control characters, zero-width characters and byte-order marks dropped,
 * non-breaking spaces turned into ordinary ones.
 */
public final class PastedText {

    private PastedText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append(c);
            } else if (c == '\u00a0') {
                sb.append(' ');
            } else if (c == '\t') {
                sb.append(' ');
            } else if (!Character.isISOControl(c) && !isInvisible(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\ufeff' || (c >= '\u200b' && c <= '\u200f') || c == '\u2028' || c == '\u2029' || c == '\u00ad' || c == '\ufffc';
    }
}
