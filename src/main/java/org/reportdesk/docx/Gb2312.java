package org.reportdesk.docx;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/** Which characters the GB2312 character set holds, i.e. which a *_GB2312 face can show. */
final class Gb2312 {

    private Gb2312() {
    }

    /** Whether the code point is in GB2312 (ASCII included; no supplementary character is). */
    static boolean contains(int cp) {
        if (cp < 0x80) {
            return true;
        }
        return cp <= 0xFFFF && Table.BMP.get(cp);
    }

    /** Whether every code point of {@code s} is in GB2312. */
    static boolean containsAll(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (!contains(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Built once: asking the encoder per character would cost more than the whole export. */
    private static final class Table {
        static final BitSet BMP = build();

        private static BitSet build() {
            CharsetEncoder enc = Charset.forName("GB2312").newEncoder();
            BitSet set = new BitSet(0x10000);
            for (int c = 0x80; c <= 0xFFFF; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                if (enc.canEncode((char) c)) {
                    set.set(c);
                }
            }
            return set;
        }
    }
}
