package org.reportdesk.docx;

/**
 * Writes {@code w:r} elements: every run names its faces explicitly ({@code w:hint="eastAsia"}, no
 * theme fonts) and lists {@code w:rPr} children in schema order. In a *_GB2312 face, characters
 * outside GB2312 go into runs of the same family's full face (仿宋_GB2312 → 仿宋).
 */
final class RunWriter {

    /** 3号 in half points: the size whose runs get the character spacing tweak. */
    static final int SIZE_3 = 32;

    /**
     * Character formatting of a run.
     *
     * @param face       East Asian face
     * @param halfPoints {@code w:sz}
     */
    record Format(String face, int halfPoints, boolean bold, boolean italic, boolean underline, boolean inBoldStyle) {
        Format(String face, int halfPoints, boolean bold, boolean italic, boolean underline) {
            this(face, halfPoints, bold, italic, underline, false);
        }

        Format withStyle(boolean b, boolean i, boolean u) {
            return new Format(face, halfPoints, b, i, u, inBoldStyle);
        }

        /**
         * The same format in a paragraph whose style is bold (a run-in heading of a bold level):
         * a run that is not bold must say so, or it inherits the style's bold.
         */
        Format inBoldParagraph() {
            return new Format(face, halfPoints, bold, italic, underline, true);
        }
    }

    private final String latinFont;
    private final int charSpacing;

    /**
     * @param latinFont   face for ASCII/Latin text; empty = the run's East Asian face
     * @param charSpacing {@code w:spacing} of 3号 runs in twips, 0 for none
     */
    RunWriter(String latinFont, int charSpacing) {
        this.latinFont = latinFont;
        this.charSpacing = charSpacing;
    }

    void append(StringBuilder out, String text, Format f) {
        if (text.isEmpty()) {
            return;
        }
        if (!f.face().endsWith("_GB2312") || Gb2312.containsAll(text)) {
            run(out, text, f.face(), f);
            return;
        }
        String full = FontScheme.fullFaceOf(f.face());
        int start = 0;
        boolean inSet = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean c = Gb2312.contains(cp);
            if (i == 0) {
                inSet = c;
            } else if (c != inSet) {
                run(out, text.substring(start, i), inSet ? f.face() : full, f);
                start = i;
                inSet = c;
            }
            i += Character.charCount(cp);
        }
        run(out, text.substring(start), inSet ? f.face() : full, f);
    }

    private void run(StringBuilder out, String text, String face, Format f) {
        out.append("<w:r>");
        rPr(out, face, f);
        XmlText.appendRunContent(out, text);
        out.append("</w:r>");
    }

    /** A run holding a field character or instruction (already-escaped inner XML). */
    void rawRun(StringBuilder out, String innerXml, Format f) {
        out.append("<w:r>");
        rPr(out, f.face(), f);
        out.append(innerXml).append("</w:r>");
    }

    void rPr(StringBuilder out, String face, Format f) {
        out.append("<w:rPr>");
        fonts(out, face, latinFont);
        if (f.bold()) {
            out.append("<w:b/><w:bCs/>");
        } else if (f.inBoldStyle()) {
            out.append("<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
        }
        if (f.italic()) {
            out.append("<w:i/><w:iCs/>");
        }
        if (f.halfPoints() == SIZE_3 && charSpacing != 0) {
            out.append("<w:spacing w:val=\"").append(charSpacing).append("\"/>");
        }
        out.append("<w:sz w:val=\"").append(f.halfPoints()).append("\"/><w:szCs w:val=\"").append(f.halfPoints()).append("\"/>");
        if (f.underline()) {
            out.append("<w:u w:val=\"single\"/>");
        }
        out.append("</w:rPr>");
    }

    /** {@code w:rFonts} with the East Asian face, the Latin face (or the same) and the eastAsia hint. */
    static void fonts(StringBuilder out, String face, String latinFont) {
        String latin = latinFont.isEmpty() ? face : latinFont;
        out.append("<w:rFonts w:ascii=\"");
        XmlText.appendEscaped(out, latin);
        out.append("\" w:eastAsia=\"");
        XmlText.appendEscaped(out, face);
        out.append("\" w:hAnsi=\"");
        XmlText.appendEscaped(out, latin);
        out.append("\" w:cs=\"");
        XmlText.appendEscaped(out, latin);
        out.append("\" w:hint=\"eastAsia\"/>");
    }
}
