package org.reportdesk.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.reportdesk.i18n.UserFacingException;

/**
 * Bytes of a .txt/.md file → text. A BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8,
 * then strict GB18030 (a superset of GBK and GB2312, what Chinese Windows saves as "ANSI").
 * A binary file (NUL bytes, many control characters) is refused; a few stray control characters
 * in text are dropped.
 */
public final class TextDecoder {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The text and the encoding it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] b, String fileName) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(dropControls(strict(StandardCharsets.UTF_8, b, 3, fileName)), StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(dropControls(strict(StandardCharsets.UTF_16LE, b, 2, fileName)), StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(dropControls(strict(StandardCharsets.UTF_16BE, b, 2, fileName)), StandardCharsets.UTF_16BE);
        }
        String s = hasNul(b) ? null : tryDecode(StandardCharsets.UTF_8, b);
        if (s != null) {
            // valid UTF-8 with a few stray control characters is text: they are dropped
            if (controls(s) * 20 > s.length()) {
                throw new UserFacingException("import.binary", fileName);
            }
            return new Decoded(dropControls(s), StandardCharsets.UTF_8);
        }
        if (looksBinary(b)) {
            throw new UserFacingException("import.binary", fileName);
        }
        s = tryDecode(GB18030, b);
        if (s != null) {
            return new Decoded(dropControls(s), GB18030);
        }
        throw new UserFacingException("import.unknownEncoding", fileName);
    }

    private static boolean hasNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f;
    }

    private static int controls(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Text without control characters other than tab and line breaks (a form feed becomes a line break). */
    static String dropControls(String s) {
        if (controls(s) == 0 && s.indexOf('\f') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\f') {
                sb.append('\n');
            } else if (!isControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** NUL bytes, or more than 1 % control characters other than tab, line feed, carriage return, form feed. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
                control++;
            }
        }
        return n > 0 && control * 100 > n;
    }

    private static String strict(Charset cs, byte[] b, int offset, String fileName) {
        String s = tryDecode(cs, ByteBuffer.wrap(b, offset, b.length - offset));
        if (s == null) {
            throw new UserFacingException("import.unknownEncoding", fileName);
        }
        return s;
    }

    private static String tryDecode(Charset cs, byte[] b) {
        return tryDecode(cs, ByteBuffer.wrap(b));
    }

    private static String tryDecode(Charset cs, ByteBuffer buf) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
