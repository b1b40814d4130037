package org.reportdesk.layout;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.docx.ExportRules;

/** Turns paginated line ranges into positioned runs, and adds the page numbers. */
final class PageComposer {

    /** Baseline inside an exact line: LibreOffice centres the glyphs' em box in the line. */
    private static final double ASCENT = 0.88;
    private static final double DESCENT = 0.12;
    /** Noto/宋体-like descent below the baseline of a single-spaced footer line, in em. */
    private static final double FOOTER_DESCENT = 0.288;

    private final PageFrame frame;
    private final FontMetrics metrics;
    private final Figures figures;

    PageComposer(PageFrame frame, FontMetrics metrics, Figures figures) {
        this.frame = frame;
        this.metrics = metrics;
        this.figures = figures;
    }

    PageLayout compose(List<Block> blocks, List<Measured> measured, double[] heights, Paginator.Pages paginated) {
        List<List<Paginator.Slot>> slots = paginated.slots();
        List<Page> pages = new ArrayList<>(slots.size());
        PageFrame turned = frame.turned();
        for (int p = 0; p < slots.size(); p++) {
            boolean landscape = paginated.landscape().get(p);
            PageFrame f = landscape ? turned : frame;
            List<Line> lines = new ArrayList<>(slots.get(p).size());
            List<Box> boxes = new ArrayList<>();
            List<PlacedImage> images = new ArrayList<>();
            double top = f.topPt();
            for (Paginator.Slot s : slots.get(p)) {
                Block block = blocks.get(s.block());
                if (block.figure() != null) {
                    int from = lines.size();
                    figures.compose(block.figure(), top, this, lines, boxes, images);
                    for (int i = from; i < lines.size(); i++) {
                        Line l = lines.get(i);
                        lines.set(i, new Line(l.kind(), l.top(), l.baseline(), l.height(), l.runs(), block.figure().source(), 0, 0));
                    }
                } else {
                    lines.add(line(block, measured.get(s.block()), s.line(), top, f.leftPt(), f.typeWidth(), f.linePt()));
                }
                top += heights[s.block()];
            }
            pages.add(new Page(p + 1, f.widthPt(), f.heightPt(), lines, pageNumber(p + 1), boxes, images, landscape));
        }
        return new PageLayout(pages);
    }

    /** Line {@code index} of a measured block set in a column from {@code left}, {@code width} wide, in a line box {@code lineHeight} high. */
    Line line(Block block, Measured m, int index, double top, double left, double width, double lineHeight) {
        Measured.LineRange r = m.lines.get(index);
        double full = width - block.leftPt() - block.rightPt();
        double indent = block.leftPt() + (index == 0 ? block.firstLinePt() : 0);
        double avail = full - (index == 0 ? block.firstLinePt() : 0);
        double x = left + indent;
        double extra = 0;
        int count = r.contentEnd() - r.start();
        switch (block.align()) {
            case CENTER -> x += (avail - r.width()) / 2;
            case RIGHT -> x += avail - r.width();
            case JUSTIFY -> {
                if (r.justify() && count > 1 && r.width() < avail) {
                    extra = (avail - r.width()) / (count - 1);
                }
            }
            default -> { }
        }
        double size = 0;
        List<PlacedRun> runs = new ArrayList<>();
        int i = r.start();
        while (i < r.contentEnd()) {
            int ri = m.run[i];
            int j = i;
            double w = 0;
            while (j < r.contentEnd() && m.run[j] == ri) {
                w += m.adv[j] + extra;
                j++;
                if (m.gapAfter[j - 1]) {
                    break;
                }
            }
            StyledRun sr = block.runs().get(ri);
            int to = j < m.cps.length && m.run[j] == ri ? m.utf16[j] : sr.text().length();
            String text = sr.text().substring(m.utf16[i], to).replace("\n", "");
            runs.add(new PlacedRun(text, sr.style(), x, sr.style().spacingPt() + extra, w, sr.source(), sr.sourceOffset() + m.utf16[i]));
            size = Math.max(size, sr.style().sizePt());
            x += w;
            i = j;
        }
        Source src = runs.isEmpty() ? (block.runs().isEmpty() ? null : block.runs().get(0).source()) : runs.get(0).source();
        int start = runs.isEmpty() ? 0 : runs.get(0).sourceOffset();
        PlacedRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        int end = last == null ? 0 : last.sourceOffset() + last.text().length();
        double baseline = top + (lineHeight + (ASCENT - DESCENT) * size) / 2;
        return new Line(block.kind(), top, baseline, lineHeight, runs, src, start, end);
    }

    private Line pageNumber(int number) {
        TextStyle style = new TextStyle(ExportRules.PAGE_NUMBER_FACE, ExportRules.PAGE_NUMBER_HALF_POINTS / 2.0, false, false, false, 0);
        String text = "— " + number + " —";
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += metrics.advance(style.face(), false, cp, style.sizePt());
            i += Character.charCount(cp);
        }
        double indent = PageFrame.pt(ExportRules.PAGE_NUMBER_INDENT);
        double x = number % 2 == 1 ? frame.widthPt() - frame.rightPt() - indent - w : frame.leftPt() + indent;
        double baseline = frame.heightPt() - frame.footerPt() - FOOTER_DESCENT * style.sizePt();
        double top = baseline - style.sizePt();
        return new Line(BlockKind.BLANK, top, baseline, style.sizePt() * 1.448, List.of(new PlacedRun(text, style, x, 0, w, null, 0)),
                null, 0, 0);
    }
}
