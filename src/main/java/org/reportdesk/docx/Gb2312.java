package org.reportdesk.docx;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/** Which characters the GB2312 character set holds, i.e. which a *_GB2312 face can show. */
final class Gb2312 {

    private static final byte UNKNOWN = 0;
    private static final byte IN = 1;
    private static final byte OUT = 2;
    /**
     * Answers per BMP character, filled on first sight: a report uses a few thousand distinct
     * characters, so asking the encoder lazily is cheaper than building a full table up front.
     * Racy writes are harmless: every writer stores the same value.
     */
    private static final byte[] CACHE = new byte[0x10000];
    private static final CharsetEncoder ENCODER = Charset.forName("GB2312").newEncoder();

    private Gb2312() {
    }

    /** Whether the code point is in GB2312 (ASCII included; no supplementary character is). */
    static boolean contains(int cp) {
        if (cp < 0x80) {
            return true;
        }
        if (cp > 0xFFFF || Character.isSurrogate((char) cp)) {
            return false;
        }
        byte known = CACHE[cp];
        if (known == UNKNOWN) {
            known = ask((char) cp) ? IN : OUT;
            CACHE[cp] = known;
        }
        return known == IN;
    }

    private static synchronized boolean ask(char c) {
        return ENCODER.canEncode(c);
    }

    /** Whether every code point of {@code s} is in GB2312. */
    static boolean containsAll(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // a surrogate (half of a supplementary character) is never in GB2312
            if (c >= 0x80 && !contains(c)) {
                return false;
            }
        }
        return true;
    }
}
