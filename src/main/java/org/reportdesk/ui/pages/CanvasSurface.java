package org.reportdesk.ui.pages;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws on a canvas at {@code scale} pixels per point (the page view). */
final class CanvasSurface implements PageSurface {

    private final GraphicsContext gc;

    CanvasSurface(GraphicsContext gc, double scale) {
        this.gc = gc;
        gc.setTransform(scale, 0, 0, scale, 0, 0);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        gc.setFill(color);
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void text(String s, double x, double baseline, Font font, double strokeWidth, Color color) {
        gc.setFont(font);
        gc.setFill(color);
        gc.fillText(s, x, baseline);
        if (strokeWidth > 0) {
            gc.setStroke(color);
            gc.setLineWidth(strokeWidth);
            gc.strokeText(s, x, baseline);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, Color color) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void image(Image image, double x, double y, double w, double h) {
        gc.drawImage(image, x, y, w, h);
    }

    @Override
    public void turned(double turnedWidth, Runnable what) {
        gc.save();
        gc.transform(0, 1, -1, 0, turnedWidth, 0);
        what.run();
        gc.restore();
    }
}
