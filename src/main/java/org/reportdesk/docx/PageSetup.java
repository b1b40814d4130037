package org.reportdesk.docx;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFactory;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page (spec 1 and 3): A4 with the profile's margins, the {@code lines} grid at the exact
 * line pitch, odd and even footers with a PAGE field, and the settings that switch them on.
 */
final class PageSetup {

    private final ExportProfile profile;

    PageSetup(ExportProfile profile) {
        this.profile = profile;
    }

    private XWPFFooter odd;
    private XWPFFooter even;

    void install(XWPFDocument doc) {
        settings(doc);
        odd = doc.createFooter(HeaderFooterType.DEFAULT);
        footer(odd, true);
        even = doc.createFooter(HeaderFooterType.EVEN);
        footer(even, false);
        section(doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr(), false, true);
    }

    /** Relationship ids of the odd and even footers {@link #install} made. */
    String[] portraitFooters(XWPFDocument doc) {
        return new String[] {doc.getRelationId(odd), doc.getRelationId(even)};
    }

    /** Makes the odd and even footers of landscape pages; their relationship ids. */
    String[] landscapeFooters(XWPFDocument doc) {
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            XWPFFooter f = (XWPFFooter) doc.createRelationship(XWPFRelation.FOOTER, XWPFFactory.getInstance(),
                    3 + i); // footer1 and footer2 are the portrait ones
            f.setXWPFDocument(doc);
            f.setHeaderFooter(LandscapeFooter.of(new PageGeometry(profile), i == 0));
            ids[i] = doc.getRelationId(f);
        }
        return ids;
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
        pageNumber(footer.createParagraph().getCTP(), odd);
    }

    /** The page number paragraph, also the content of the landscape pages' text boxes. */
    static void pageNumber(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP ctp, boolean odd) {
        Para p = new Para(ctp, StyleIds.FOOTER);
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

    /**
     * A section's page: A4 portrait, or landscape with the margins turned with the sheet (the
     * landscape page's top is the sheet's binding edge: top = left margin, left = bottom margin,
     * bottom = right margin, right = top margin). Only the first section starts the numbering.
     */
    void section(CTSectPr sect, boolean landscape, boolean first) {
        PageGeometry g = new PageGeometry(profile);
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? PageGeometry.PAGE_HEIGHT : PageGeometry.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? PageGeometry.PAGE_WIDTH : PageGeometry.PAGE_HEIGHT));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(landscape ? g.left : g.top));
        mar.setRight(BigInteger.valueOf(landscape ? g.top : g.right));
        mar.setBottom(BigInteger.valueOf(landscape ? g.right : g.bottom));
        mar.setLeft(BigInteger.valueOf(landscape ? g.bottom : g.left));
        mar.setHeader(BigInteger.valueOf(PageGeometry.HEADER));
        mar.setFooter(BigInteger.valueOf(landscape ? PageGeometry.HEADER : g.footer));
        mar.setGutter(BigInteger.ZERO);
        if (first) {
            sect.addNewPgNumType().setStart(BigInteger.ONE);
        }
        sect.addNewCols().setSpace(BigInteger.valueOf(425));
        sect.addNewDocGrid().setType(STDocGrid.LINES);
        sect.getDocGrid().setLinePitch(BigInteger.valueOf(profile.lineTwips()));
    }
}
