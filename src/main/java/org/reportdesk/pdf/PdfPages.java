package org.reportdesk.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.reportdesk.i18n.UserFacingException;
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
 * Draws laid-out pages into a PDF: each run in the font that has its characters (Type 0 fonts
 * embedding a subset from {@link FontSubsets}), character spacing as {@code Tc}, bold as
 * fill-and-stroke where the face has no bold cut (仿宋/楷体/黑体 have none), underline as a rule.
 * First every run is cut into pieces of one font, then the fonts are embedded with exactly the
 * characters the pieces use, then the pages are drawn.
 */
final class PdfPages {

    private static final double BOLD_STROKE_EM = 0.03;
    private static final char MISSING = '\u25A1';

    /** Text of one run in one font, at its x on the baseline {@code y} (PDF coordinates). */
    private record Piece(LoadedFont font, PlacedRun run, String text, double x, float y) {
    }

    private final PDDocument doc;
    private final FontSet fonts;
    private final FontSubsets subsets;
    private final Map<LoadedFont, Set<Integer>> used = new HashMap<>();
    private final Map<LoadedFont, List<FontSubsets.Subset>> embedded = new HashMap<>();
    private final Map<Picture, PDImageXObject> images = new HashMap<>();

    PdfPages(PDDocument doc, FontSet fonts, FontSubsets subsets) {
        this.doc = doc;
        this.fonts = fonts;
        this.subsets = subsets;
    }

    void draw(PageLayout layout) throws IOException {
        List<List<Piece>> pages = new ArrayList<>();
        List<List<Piece>> numbers = new ArrayList<>();
        for (Page page : layout.pages()) {
            List<Piece> pieces = new ArrayList<>();
            for (Line line : page.lines()) {
                cut(pieces, line, page.heightPt());
            }
            pages.add(pieces);
            List<Piece> number = new ArrayList<>();
            // a turned page's number is placed on the upright sheet (Page#landscape), as tall as this page is wide
            cut(number, page.pageNumber(), page.landscape() ? page.widthPt() : page.heightPt());
            numbers.add(number);
        }
        for (Map.Entry<LoadedFont, Set<Integer>> e : used.entrySet()) {
            embedded.put(e.getKey(), subsets.covering(e.getKey(), e.getValue()));
        }
        for (int i = 0; i < pages.size(); i++) {
            Page page = layout.pages().get(i);
            PDPage p = new PDPage(new PDRectangle((float) page.widthPt(), (float) page.heightPt()));
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                figures(cs, page);
                for (Piece piece : pages.get(i)) {
                    show(cs, piece);
                }
                for (Line line : page.lines()) {
                    underline(cs, line, page.heightPt());
                }
                if (page.landscape()) {
                    cs.saveGraphicsState();
                    cs.transform(new Matrix(0, -1, 1, 0, 0, (float) page.heightPt()));
                }
                for (Piece piece : numbers.get(i)) {
                    show(cs, piece);
                }
                if (page.landscape()) {
                    cs.restoreGraphicsState();
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

    private void cut(List<Piece> pieces, Line line, double pageHeight) {
        float y = (float) (pageHeight - line.baseline());
        for (PlacedRun run : line.runs()) {
            double x = run.x();
            String t = run.text();
            int i = 0;
            while (i < t.length()) {
                LoadedFont font = fonts.fontFor(run.style().face(), t.codePointAt(i));
                if (font == null) {
                    throw new UserFacingException("export.pdf.noFont", run.style().face());
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
                if (seg.length() > 0) {
                    Set<Integer> cps = used.computeIfAbsent(font, f -> new HashSet<>());
                    seg.codePoints().forEach(cps::add);
                    pieces.add(new Piece(font, run, seg.toString(), x, y));
                }
                x += w;
            }
        }
    }

    private static void underline(PDPageContentStream cs, Line line, double pageHeight) throws IOException {
        float y = (float) (pageHeight - line.baseline());
        for (PlacedRun run : line.runs()) {
            if (run.style().underline()) {
                float uy = y - (float) (run.style().sizePt() * 0.12);
                cs.setLineWidth((float) (run.style().sizePt() * 0.05));
                cs.moveTo((float) run.x(), uy);
                cs.lineTo((float) (run.x() + run.width()), uy);
                cs.stroke();
            }
        }
    }

    /** One text object; where the font's characters are spread over a main and an extra subset, the font switches inside it. */
    private void show(PDPageContentStream cs, Piece piece) throws IOException {
        PlacedRun run = piece.run();
        float size = (float) run.style().sizePt();
        cs.beginText();
        cs.setCharacterSpacing((float) run.letterSpacing());
        if (run.style().bold()) {
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setLineWidth((float) (size * BOLD_STROKE_EM));
        } else {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        if (run.style().italic()) {
            cs.setTextMatrix(new Matrix(1, 0, 0.2f, 1, (float) piece.x(), piece.y()));
        } else {
            cs.newLineAtOffset((float) piece.x(), piece.y());
        }
        List<FontSubsets.Subset> fontSubsets = embedded.get(piece.font());
        String t = piece.text();
        int start = 0;
        while (start < t.length()) {
            FontSubsets.Subset s = holding(fontSubsets, t.codePointAt(start));
            int end = start;
            while (end < t.length() && holding(fontSubsets, t.codePointAt(end)) == s) {
                end += Character.charCount(t.codePointAt(end));
            }
            cs.setFont(s.font(), size);
            cs.showText(t.substring(start, end));
            start = end;
        }
        cs.endText();
    }

    private static FontSubsets.Subset holding(List<FontSubsets.Subset> subsets, int cp) {
        for (FontSubsets.Subset s : subsets) {
            if (s.codePoints().contains(cp)) {
                return s;
            }
        }
        return subsets.get(0);
    }
}
