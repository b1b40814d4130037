package org.reportdesk.ui.pages;

import javafx.scene.canvas.Canvas;

/** Test access to the page painter for timing (the painter is package-private). */
public final class PageTiming {

    private static PagePainter painter;

    private PageTiming() {
    }

    public static void paint(PageSheet sheet, Canvas c, double scale) {
        if (painter == null) {
            painter = new PagePainter(new PageFonts("Noto Sans CJK SC"));
        }
        painter.paint(sheet, new CanvasSurface(c.getGraphicsContext2D(), scale), null);
    }
}
