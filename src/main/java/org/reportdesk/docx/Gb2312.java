package org.reportdesk.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Which characters the GB2312 character set holds, i.e. which a *_GB2312 face can show. */
final class Gb2312 {

    /**
     * One bit per BMP character (ASCII included), generated from the JDK's GB2312 encoder; a test
     * holds the two equal but for the code page 936 differences below. Asking the encoder itself costs ~90 ms on a cold JVM (it builds its
     * mapping tables), most of a one-shot CLI export's own work.
     */
    private static final byte[] BITS = load();
    static final int EM_DASH = 0x2014;
    static final int MIDDLE_DOT = 0x00B7;
    static final int JDK_DASH = 0x2015;
    static final int JDK_MIDDLE_DOT = 0x30FB;

    private Gb2312() {
    }

    /**
     * Whether a *_GB2312 face shows the code point (ASCII included; no supplementary character).
     * The faces map GB2312 the way Windows' code page 936 does, which differs from the JDK's
     * GB2312 table in two places: A1AA is "—" U+2014 (JDK: "―" U+2015) and A1A4 is "·" U+00B7
     * (JDK: "・" U+30FB). Going by the JDK alone sent every "——" and "·" into 仿宋 runs.
     */
    static boolean contains(int cp) {
        if (cp < 0x80 || cp == EM_DASH || cp == MIDDLE_DOT) {
            return true;
        }
        if (cp > 0xFFFF || cp == JDK_DASH || cp == JDK_MIDDLE_DOT) {
            return false;
        }
        return (BITS[cp >> 3] & (1 << (cp & 7))) != 0;
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

    private static byte[] load() {
        try (InputStream in = Gb2312.class.getResourceAsStream("gb2312.bits")) {
            if (in == null) {
                throw new IllegalStateException("missing resource gb2312.bits");
            }
            byte[] bits = in.readAllBytes();
            if (bits.length != 0x10000 / 8) {
                throw new IllegalStateException("gb2312.bits has " + bits.length + " bytes");
            }
            return bits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
