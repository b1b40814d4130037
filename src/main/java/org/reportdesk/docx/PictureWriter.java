package org.reportdesk.docx;

import java.math.BigInteger;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlToken;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.reportdesk.model.Picture;

/**
 * A picture as an inline drawing (what {@code XWPFRun.addPicture} writes) in a centred paragraph of
 * its own, single-spaced and off the grid (an exact 28.95 pt line clips an inline picture), at
 * 96 dpi but never wider than the type area nor higher than it leaves room for the caption; the
 * caption below, centred. The image part and its relationship were made with the package.
 */
final class PictureWriter {

    static final int EMU_PER_TWIP = 635;
    static final int EMU_PER_PX = 9525;

    private final ExportProfile profile;
    private final RunWriter runs;
    private final UnaryOperator<String> fill;
    private final Map<Picture, String> relations;
    private int drawingId;

    PictureWriter(ExportProfile profile, UnaryOperator<String> fill, Map<Picture, String> relations) {
        this.profile = profile;
        this.runs = new RunWriter(profile.latinFont(), profile.charSpacingTwips());
        this.fill = fill;
        this.relations = relations;
    }

    /** Writes the picture paragraph and its caption; returns the last paragraph written. */
    Para write(BodySink sink, Picture pic, int maxWidthTwips, int maxHeightTwips) {
        String caption = XmlText.clean(fill.apply(pic.caption())).strip();
        Para p = single(new Para(sink.paragraph(), StyleIds.NORMAL)).jc(STJc.CENTER);
        if (!caption.isEmpty()) {
            p.keepNext();
        }
        long[] size = sizeEmu(pic, maxWidthTwips, maxHeightTwips);
        CTR r = p.ctp.addNewR();
        inline(r.addNewDrawing().addNewInline(), relations.get(pic), size[0], size[1], ++drawingId, caption);
        if (caption.isEmpty()) {
            return p;
        }
        Para c = single(new Para(sink.paragraph(), StyleIds.NORMAL)).jc(STJc.CENTER);
        runs.append(c.ctp, caption, new RunWriter.Format(profile.fontScheme().fangSong(), profile.tableHalfPoints(), false, false, false));
        return c;
    }

    /** Width and height in EMU: 96 dpi, scaled down (aspect kept) to fit the box. */
    static long[] sizeEmu(Picture pic, int maxWidthTwips, int maxHeightTwips) {
        double w = (double) pic.widthPx() * EMU_PER_PX;
        double h = (double) pic.heightPx() * EMU_PER_PX;
        double scale = Math.min(1, Math.min((double) maxWidthTwips * EMU_PER_TWIP / w, (double) maxHeightTwips * EMU_PER_TWIP / h));
        return new long[] {Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))};
    }

    private static Para single(Para p) {
        CTPPr pPr = p.ctp.getPPr();
        pPr.addNewSnapToGrid().setVal("0");
        CTSpacing s = pPr.addNewSpacing();
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.ZERO);
        s.setLine(BigInteger.valueOf(240));
        s.setLineRule(STLineSpacingRule.AUTO);
        pPr.addNewInd().setFirstLine(BigInteger.ZERO);
        return p;
    }

    private static void inline(CTInline inline, String relId, long cx, long cy, int id, String caption) {
        String xml = "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:nvPicPr><pic:cNvPr id=\"" + id + "\" name=\"Picture " + id + "\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + relId + "\" xmlns:r=\"" + BodySink.R + "\"/>"
                + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>";
        try {
            // as XWPFRun.addPicture does: the graphic becomes the inline's content, the rest is added in schema order
            inline.set(XmlToken.Factory.parse(xml));
        } catch (XmlException e) {
            throw new IllegalStateException("picture markup", e);
        }
        inline.setDistT(0);
        inline.setDistB(0);
        inline.setDistL(0);
        inline.setDistR(0);
        inline.addNewExtent().setCx(cx);
        inline.getExtent().setCy(cy);
        inline.addNewDocPr().setId(id);
        inline.getDocPr().setName("Picture " + id);
        if (!caption.isEmpty()) {
            inline.getDocPr().setDescr(caption);
        }
        inline.addNewCNvGraphicFramePr().addNewGraphicFrameLocks().setNoChangeAspect(true);
    }
}
