package org.reportdesk.docx;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * The content of a run for a piece of text: {@code w:t} pieces, {@code w:tab} for tab, {@code w:br}
 * for VT/LF/CR (CRLF counts once), a page break for FF; characters XML 1.0 forbids are dropped.
 */
final class RunContent {

    private RunContent() {
    }

    static void write(CTR r, String s) {
        if (isPlain(s)) {
            text(r, s);
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean special = true;
            switch (cp) {
                case '\t' -> {
                    flush(r, text);
                    r.addNewTab();
                }
                case 0x0B, '\n' -> {
                    flush(r, text);
                    r.addNewBr();
                }
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        flush(r, text);
                        r.addNewBr();
                    }
                }
                case 0x0C -> {
                    flush(r, text);
                    r.addNewBr().setType(STBrType.PAGE);
                }
                default -> special = false;
            }
            if (!special && !(n == 1 && Character.isSurrogate((char) cp)) && XmlText.isAllowed(cp)) {
                text.appendCodePoint(cp);
            }
            i += n;
        }
        flush(r, text);
    }

    /** True when {@code s} has no control character, surrogate or non-character (the usual case). */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c >= 0xFFFE) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static void flush(CTR r, StringBuilder text) {
        if (text.length() > 0) {
            text(r, text.toString());
            text.setLength(0);
        }
    }

    private static void text(CTR r, String s) {
        CTText t = r.addNewT();
        t.setStringValue(s);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
