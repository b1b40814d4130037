package org.reportdesk.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The paragraph properties of one {@code w:p} bean: its style, the exact line pitch every
 * paragraph repeats, indents, alignment, keep-with-next. CT_PPr is a schema sequence, so XMLBeans
 * writes the children in schema order whatever order they are set in.
 */
final class Para {

    final CTP ctp;
    private final CTPPr pPr;

    /** A paragraph of the body: the style's exact line pitch repeated on the paragraph. */
    Para(CTP ctp, String styleId, int lineTwips) {
        this(ctp, styleId);
        exactLines(pPr.addNewSpacing(), lineTwips);
    }

    /** A paragraph spaced by its style alone (the footer's). */
    Para(CTP ctp, String styleId) {
        this.ctp = ctp;
        this.pPr = ctp.addNewPPr();
        pPr.addNewPStyle().setVal(styleId);
    }

    static void exactLines(CTSpacing s, int lineTwips) {
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.ZERO);
        s.setLine(BigInteger.valueOf(lineTwips));
        s.setLineRule(STLineSpacingRule.EXACT);
    }

    /** Two characters of first-line indent (or none with 0). */
    Para firstLine(int chars, int twips) {
        CTInd ind = ind();
        ind.setFirstLineChars(BigInteger.valueOf(chars));
        ind.setFirstLine(BigInteger.valueOf(twips));
        return this;
    }

    Para hanging(int left, int hanging) {
        CTInd ind = ind();
        ind.setLeft(BigInteger.valueOf(left));
        ind.setHanging(BigInteger.valueOf(hanging));
        return this;
    }

    Para right(int twips) {
        ind().setRight(BigInteger.valueOf(twips));
        return this;
    }

    Para left(int twips) {
        ind().setLeft(BigInteger.valueOf(twips));
        return this;
    }

    Para jc(STJc.Enum value) {
        pPr.addNewJc().setVal(value);
        return this;
    }

    Para keepNext() {
        if (!pPr.isSetKeepNext()) {
            pPr.addNewKeepNext();
        }
        return this;
    }

    /** Off for the 2号 title: LibreOffice would otherwise give each title line two grid lines. */
    Para noSnapToGrid() {
        pPr.addNewSnapToGrid().setVal("0");
        return this;
    }

    boolean isEmpty() {
        return ctp.sizeOfRArray() == 0;
    }

    private CTInd ind() {
        return pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
    }
}
