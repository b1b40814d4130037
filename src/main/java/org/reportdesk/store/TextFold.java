package org.reportdesk.store;

/**
 * Length-preserving folding for matching: full-width ASCII to half-width, ideographic space to a
 * space, lower case. Offsets found in the folded text are valid in the original.
 */
final class TextFold {

    private TextFold() {
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return ' ';
        }
        return Character.toLowerCase(c);
    }
}
