package org.reportdesk.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.reportdesk.layout.Box;
import org.reportdesk.layout.Line;
import org.reportdesk.layout.Page;
import org.reportdesk.layout.PageLayout;
import org.reportdesk.layout.PlacedImage;
import org.reportdesk.layout.PlacedRun;
import org.reportdesk.layout.fonts.FontSet;
import org.reportdesk.layout.fonts.LoadedFont;
import org.reportdesk.model.Picture;

/**
 * Draws laid-out pages into a PDF: each run in the font that has its characters (subset-embedded
 * Type 0 fonts), character spacing as {@code Tc}, bold as fill-and-stroke where the face has no
 * bold cut (仿宋/楷体/黑体 have none), underline as a rule.
 */
final class PdfPages {

    private static final double BOLD_STROKE_EM = 0.03;
    private static final char MISSING = '\u25A1';

    private final PDDocument doc;
    private final FontSet fonts;
    private final Map<LoadedFont, PDType0Font> embedded = new HashMap<>();
    private final Map<Picture, PDImageXObject> images = new HashMap<>();

    PdfPages(PDDocument doc, FontSet fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    void draw(PageLayout layout) throws IOException {
        for (Page page : layout.pages()) {
            PDPage p = new PDPage(new PDRectangle((float) page.widthPt(), (float) page.heightPt()));
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                figures(cs, page);
                for (Line line : page.lines()) {
                    line(cs, line, page.heightPt());
                }
                if (page.landscape()) {
                    // the number is placed on the upright sheet (Page#landscape): turn that sheet onto this page
                    cs.saveGraphicsState();
                    cs.transform(new org.apache.pdfbox.util.Matrix(0, -1, 1, 0, 0, (float) page.heightPt()));
                    line(cs, page.pageNumber(), page.widthPt());
                    cs.restoreGraphicsState();
                } else {
                    line(cs, page.pageNumber(), page.heightPt());
                }
            }
        }
    }

    /** Table borders (0.5 pt, as the export's) and pictures; a picture is embedded once however often it is drawn. */
    private void figures(PDPageContentStream cs, Page page) throws IOException {
        double h = page.heightPt();
        if (!page.boxes().isEmpty()) {
            cs.setLineWidth(0.5f);
            for (Box b : page.boxes()) {
                cs.addRect((float) b.x(), (float) (h - b.y() - b.height()), (float) b.width(), (float) b.height());
            }
            cs.stroke();
        }
        for (PlacedImage img : page.images()) {
            PDImageXObject x = images.get(img.picture());
            if (x == null) {
                x = PDImageXObject.createFromByteArray(doc, img.picture().data(), "picture." + img.picture().format().extension());
                images.put(img.picture(), x);
            }
            cs.drawImage(x, (float) img.x(), (float) (h - img.y() - img.height()), (float) img.width(), (float) img.height());
        }
    }

    private void line(PDPageContentStream cs, Line line, double pageHeight) throws IOException {
        float y = (float) (pageHeight - line.baseline());
        for (PlacedRun run : line.runs()) {
            double x = run.x();
            String t = run.text();
            int i = 0;
            while (i < t.length()) {
                LoadedFont font = fonts.fontFor(run.style().face(), t.codePointAt(i));
                if (font == null) {
                    throw new org.reportdesk.i18n.UserFacingException("export.pdf.noFont", run.style().face());
                }
                StringBuilder seg = new StringBuilder();
                double w = 0;
                while (i < t.length()) {
                    int cp = t.codePointAt(i);
                    if (fonts.fontFor(run.style().face(), cp) != font) {
                        break;
                    }
                    int shown = font.hasGlyph(cp) ? cp : MISSING;
                    if (font.hasGlyph(shown)) {
                        seg.appendCodePoint(shown);
                    }
                    w += fonts.advance(run.style().face(), run.style().bold(), cp, run.style().sizePt()) + run.letterSpacing();
                    i += Character.charCount(cp);
                }
                show(cs, font, run, seg.toString(), x, y);
                x += w;
            }
            if (run.style().underline()) {
                float uy = y - (float) (run.style().sizePt() * 0.12);
                cs.setLineWidth((float) (run.style().sizePt() * 0.05));
                cs.moveTo((float) run.x(), uy);
                cs.lineTo((float) (run.x() + run.width()), uy);
                cs.stroke();
            }
        }
    }

    private void show(PDPageContentStream cs, LoadedFont font, PlacedRun run, String text, double x, float y) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        PDType0Font f = embedded.get(font);
        if (f == null) {
            f = PDType0Font.load(doc, font.font(), true);
            embedded.put(font, f);
        }
        float size = (float) run.style().sizePt();
        cs.beginText();
        cs.setFont(f, size);
        cs.setCharacterSpacing((float) run.letterSpacing());
        if (run.style().bold()) {
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setLineWidth((float) (size * BOLD_STROKE_EM));
        } else {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        if (run.style().italic()) {
            cs.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0.2f, 1, (float) x, y));
        } else {
            cs.newLineAtOffset((float) x, y);
        }
        cs.showText(text);
        cs.endText();
    }
}
