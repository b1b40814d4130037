package org.reportdesk.docx;

import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;

/**
 * The footer of a landscape table page (layout spec, tables). GB/T 9704-2012 section 8 puts the
 * page number on the table's left side, odd pages at its lower left, even pages at its upper left,
 * the table's head toward the binding edge on odd pages: on the printed sheet that is the same
 * place as on portrait pages, the sheet's bottom edge, right on odd pages and left on even ones.
 * In the landscape page's own coordinates that edge is the left side, so the number is a text box
 * in the left margin, its text turned 90° clockwise ({@code vert="vert"}), at the portrait
 * footer's distance from the edge and spanning the portrait type area's width.
 */
final class LandscapeFooter {

    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    /** The text box's thickness: one line of 4号 with room to spare, twips. */
    static final int LINE_TWIPS = 400;
    private static final int EMU = PictureWriter.EMU_PER_TWIP;

    private LandscapeFooter() {
    }

    static CTHdrFtr of(PageGeometry g, boolean odd) {
        CTP number = CTP.Factory.newInstance();
        PageSetup.pageNumber(number, odd);
        String p = number.xmlText(new XmlOptions().setSaveSyntheticDocumentElement(new QName(BodySink.W, "p", "w"))
                .setSaveImplicitNamespaces(Map.of("w", BodySink.W)));
        long x = (long) (g.footer) * EMU;
        long y = (long) g.left * EMU;
        long cx = (long) LINE_TWIPS * EMU;
        long cy = (long) g.typeWidth() * EMU;
        String xml = "<w:ftr xmlns:w=\"" + BodySink.W + "\" xmlns:r=\"" + BodySink.R + "\" xmlns:wp=\"" + WP
                + "\" xmlns:a=\"" + A + "\" xmlns:wps=\"" + WPS + "\">"
                + "<w:p><w:pPr><w:pStyle w:val=\"" + StyleIds.FOOTER + "\"/></w:pPr><w:r><w:drawing>"
                + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"251659264\""
                + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
                + "<wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"page\"><wp:posOffset>" + x + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"page\"><wp:posOffset>" + y + "</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:wrapNone/><wp:docPr id=\"" + (odd ? 9001 : 9002) + "\" name=\"PageNumber" + (odd ? "Odd" : "Even") + "\"/>"
                + "<wp:cNvGraphicFramePr/>"
                + "<a:graphic><a:graphicData uri=\"" + WPS + "\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/>"
                + "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>"
                + "<wps:txbx><w:txbxContent>" + p + "</w:txbxContent></wps:txbx>"
                + "<wps:bodyPr rot=\"0\" vert=\"vert\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"ctr\">"
                + "<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p></w:ftr>";
        try {
            return FtrDocument.Factory.parse(xml).getFtr();
        } catch (XmlException e) {
            throw new IllegalStateException("landscape footer markup", e);
        }
    }
}
