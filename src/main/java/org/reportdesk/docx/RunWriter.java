package org.reportdesk.docx;

import java.math.BigInteger;
import java.util.function.Consumer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * Writes {@code w:r} beans: every run names its faces explicitly ({@code w:hint="eastAsia"}, no
 * theme fonts) and lists {@code w:rPr} children in the order Word wants (rFonts, b, i, spacing, sz,
 * szCs, u: the schema's rPr is a choice group, so XMLBeans keeps call order). In a *_GB2312 face,
 * characters outside GB2312 go into runs of the same family's full face (仿宋_GB2312 → 仿宋).
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
    private Consumer<CTP> afterRun = p -> { };

    /**
     * @param latinFont   face for ASCII/Latin text; empty = the run's East Asian face
     * @param charSpacing {@code w:spacing} of 3号 runs in twips, 0 for none
     */
    RunWriter(String latinFont, int charSpacing) {
        this.latinFont = FontScheme.singleFace(latinFont);
        this.charSpacing = charSpacing;
    }

    /** Called with the paragraph after each run is added (the body sink's trim). */
    RunWriter afterEachRun(Consumer<CTP> hook) {
        this.afterRun = hook;
        return this;
    }

    /** Appends {@code text} (cleaned of characters XML forbids) as one or more runs. */
    void append(CTP p, String text, Format f) {
        if (text.isEmpty()) {
            return;
        }
        if (!f.face().endsWith("_GB2312") || Gb2312.containsAll(text)) {
            run(p, text, f.face(), f);
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
                run(p, text.substring(start, i), inSet ? f.face() : full, f);
                start = i;
                inSet = c;
            }
            i += Character.charCount(cp);
        }
        run(p, text.substring(start), inSet ? f.face() : full, f);
    }

    private void run(CTP p, String text, String face, Format f) {
        CTR r = p.addNewR();
        rPr(r.addNewRPr(), face, f);
        RunContent.write(r, text);
        afterRun.accept(p);
    }

    /** A run holding only a line break (between the lines of a broken title). */
    void lineBreak(CTP p, Format f) {
        CTR r = p.addNewR();
        rPr(r.addNewRPr(), f.face(), f);
        r.addNewBr();
    }

    /** The runs of a complex field: begin, instruction, separate, the shown result, end (spec 3: not fldSimple). */
    void field(CTP p, String instruction, String result, Format f) {
        fieldChar(p, STFldCharType.BEGIN, f);
        CTR instr = p.addNewR();
        rPr(instr.addNewRPr(), f.face(), f);
        CTText t = instr.addNewInstrText();
        t.setStringValue(instruction);
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        fieldChar(p, STFldCharType.SEPARATE, f);
        append(p, result, f);
        fieldChar(p, STFldCharType.END, f);
    }

    private void fieldChar(CTP p, STFldCharType.Enum type, Format f) {
        CTR r = p.addNewR();
        rPr(r.addNewRPr(), f.face(), f);
        r.addNewFldChar().setFldCharType(type);
    }

    void rPr(CTRPr rPr, String face, Format f) {
        fonts(rPr.addNewRFonts(), face, latinFont);
        if (f.bold()) {
            rPr.addNewB();
            rPr.addNewBCs();
        } else if (f.inBoldStyle()) {
            rPr.addNewB().setVal(Boolean.FALSE);
            rPr.addNewBCs().setVal(Boolean.FALSE);
        }
        if (f.italic()) {
            rPr.addNewI();
            rPr.addNewICs();
        }
        if (f.halfPoints() == SIZE_3 && charSpacing != 0) {
            rPr.addNewSpacing().setVal(BigInteger.valueOf(charSpacing));
        }
        BigInteger size = BigInteger.valueOf(f.halfPoints());
        rPr.addNewSz().setVal(size);
        rPr.addNewSzCs().setVal(size);
        if (f.underline()) {
            rPr.addNewU().setVal(STUnderline.SINGLE);
        }
    }

    /** {@code w:rFonts} with one East Asian face, the Latin face (or the same) and the eastAsia hint. */
    static void fonts(CTFonts fonts, String face, String latinFont) {
        String latin = latinFont.isEmpty() ? face : latinFont;
        fonts.setAscii(latin);
        fonts.setEastAsia(face);
        fonts.setHAnsi(latin);
        fonts.setCs(latin);
        fonts.setHint(STHint.EAST_ASIA);
    }
}
