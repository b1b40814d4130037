package org.reportdesk.docx;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * The page (spec 1 and 3): A4 with the profile's margins, the {@code lines} grid at the exact
 * line pitch, odd and even footers with a PAGE field, and the settings that switch them on.
 */
final class PageSetup {

    private final ExportProfile profile;

    PageSetup(ExportProfile profile) {
        this.profile = profile;
    }

    void install(XWPFDocument doc) {
        settings(doc);
        footer(doc.createFooter(HeaderFooterType.DEFAULT), true);
        footer(doc.createFooter(HeaderFooterType.EVEN), false);
        section(doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr());
    }

    /**
     * zoom, defaultTabStop, evenAndOddHeaders, characterSpacingControl, compat in schema order.
     * poi-ooxml-lite has no beans for the last three's types, so they are written with a cursor.
     */
    private static void settings(XWPFDocument doc) {
        doc.getSettings().setZoomPercent(100);
        doc.getSettings().setEvenAndOddHeadings(true);
        CTSettings s = doc.getSettings().getCTSettings();
        try (XmlCursor c = s.getEvenAndOddHeaders().newCursor()) {
            element(c, "defaultTabStop", "val", "640");
            c.toEndToken();
            c.toNextToken();
            element(c, "characterSpacingControl", "val", "doNotCompress");
            c.beginElement(new QName(BodySink.W, "compat", "w"));
            element(c, "compatSetting", "name", "compatibilityMode", "uri", "http://schemas.microsoft.com/office/word", "val", "15");
        }
    }

    /** Inserts an empty element with attributes before the cursor and leaves the cursor after it. */
    private static void element(XmlCursor c, String name, String... attributes) {
        c.beginElement(new QName(BodySink.W, name, "w"));
        for (int i = 0; i < attributes.length; i += 2) {
            c.insertAttributeWithValue(new QName(BodySink.W, attributes[i], "w"), attributes[i + 1]);
        }
        c.toEndToken();
        c.toNextToken();
    }

    /**
     * {@code — N —}, 4号 宋体, the number a real PAGE field: odd pages right with one character of
     * right space, even pages left with one character of left space.
     */
    private static void footer(XWPFFooter footer, boolean odd) {
        Para p = new Para(footer.createParagraph().getCTP(), StyleIds.FOOTER);
        if (odd) {
            p.right(280).jc(STJc.RIGHT);
        } else {
            p.left(280).jc(STJc.LEFT);
        }
        RunWriter runs = new RunWriter(StyleSheet.PAGE_NUMBER_FACE, 0);
        RunWriter.Format f = new RunWriter.Format(StyleSheet.PAGE_NUMBER_FACE, StyleSheet.SIZE_4, false, false, false);
        runs.append(p.ctp, "— ", f);
        runs.field(p.ctp, " PAGE ", "1", f);
        runs.append(p.ctp, " —", f);
    }

    private void section(CTSectPr sect) {
        PageGeometry g = new PageGeometry(profile);
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PageGeometry.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PageGeometry.PAGE_HEIGHT));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(g.top));
        mar.setRight(BigInteger.valueOf(g.right));
        mar.setBottom(BigInteger.valueOf(g.bottom));
        mar.setLeft(BigInteger.valueOf(g.left));
        mar.setHeader(BigInteger.valueOf(PageGeometry.HEADER));
        mar.setFooter(BigInteger.valueOf(g.footer));
        mar.setGutter(BigInteger.ZERO);
        sect.addNewPgNumType().setStart(BigInteger.ONE);
        sect.addNewCols().setSpace(BigInteger.valueOf(425));
        sect.addNewDocGrid().setType(STDocGrid.LINES);
        sect.getDocGrid().setLinePitch(BigInteger.valueOf(profile.lineTwips()));
    }
}
