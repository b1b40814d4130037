package org.reportdesk.docx;

/**
 * Text that is safe to put into WordprocessingML. Characters XML 1.0 forbids (C0 controls other
 * than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) and C1 controls never reach the file; inside a
 * run, tab becomes {@code w:tab}, vertical tab and line breaks become {@code w:br}, form feed a
 * page break.
 */
public final class XmlText {

    private XmlText() {
    }

    /** Whether XML 1.0 allows the code point (and it is not a C1 control, which Word rejects in places). */
    public static boolean isAllowed(int cp) {
        if (cp == 0x9 || cp == 0xA || cp == 0xD) {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return false;
        }
        return cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
    }

    /** The text without forbidden characters; tab, LF and CR kept. */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean lone = Character.isSurrogate(s.charAt(i)) && n == 1;
            if (lone || !isAllowed(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /** Appends {@code s} escaped for element content or a double-quoted attribute, forbidden characters dropped. */
    public static void appendEscaped(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            i += n;
            if ((n == 1 && Character.isSurrogate((char) cp)) || !isAllowed(cp)) {
                continue;
            }
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.appendCodePoint(cp);
            }
        }
    }

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        appendEscaped(sb, s);
        return sb.toString();
    }

    /**
     * Appends the content of a {@code w:r} for {@code s}: {@code w:t} pieces, {@code w:tab},
     * {@code w:br} for VT/LF/CR (CRLF counts once) and a page break for FF.
     */
    public static void appendRunContent(StringBuilder out, String s) {
        if (isPlain(s)) {
            out.append("<w:t xml:space=\"preserve\">").append(s).append("</w:t>");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String special = switch (cp) {
                case '\t' -> "<w:tab/>";
                case 0x0B, '\n' -> "<w:br/>";
                case '\r' -> (i + 1 < s.length() && s.charAt(i + 1) == '\n') ? "" : "<w:br/>";
                case 0x0C -> "<w:br w:type=\"page\"/>";
                default -> null;
            };
            if (special != null) {
                flushText(out, text);
                out.append(special);
            } else if (!(n == 1 && Character.isSurrogate((char) cp)) && isAllowed(cp)) {
                text.appendCodePoint(cp);
            }
            i += n;
        }
        flushText(out, text);
    }

    /** True when {@code s} needs neither escaping nor any control or surrogate handling (the usual case). */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || (c >= 0x7F && c <= 0x9F)
                    || Character.isSurrogate(c) || c >= 0xFFFE) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static void flushText(StringBuilder out, StringBuilder text) {
        if (text.length() == 0) {
            return;
        }
        out.append("<w:t xml:space=\"preserve\">");
        appendEscaped(out, text.toString());
        out.append("</w:t>");
        text.setLength(0);
    }
}
