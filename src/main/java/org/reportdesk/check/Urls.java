package org.reportdesk.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Web addresses and e-mail addresses inside a paragraph, where ASCII punctuation is correct. */
final class Urls {

    private static final Pattern URL = Pattern.compile(
            "(?:https?://|ftp://|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private Urls() {
    }

    /** A mask of the characters that belong to an address, or null when the text has none. */
    static boolean[] mask(String s) {
        if (s.indexOf("://") < 0 && s.indexOf("www.") < 0 && s.indexOf('@') < 0) {
            return null;
        }
        boolean[] mask = null;
        Matcher m = URL.matcher(s);
        while (m.find()) {
            if (mask == null) {
                mask = new boolean[s.length()];
            }
            for (int i = m.start(); i < m.end(); i++) {
                mask[i] = true;
            }
        }
        return mask;
    }

    static boolean masked(boolean[] mask, int i) {
        return mask != null && mask[i];
    }
}
