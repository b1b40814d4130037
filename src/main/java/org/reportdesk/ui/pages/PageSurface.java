package org.reportdesk.ui.pages;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Where {@link PagePainter} draws a page, in points from the page's top left: a canvas on screen,
 * nodes for the printer. The surface applies its own scale.
 */
interface PageSurface {

    void fillRect(double x, double y, double w, double h, Color color);

    /** Text with its left edge at {@code x} on {@code baseline}; {@code strokeWidth} > 0 thickens it (bold in a face without a bold cut). */
    void text(String s, double x, double baseline, Font font, double strokeWidth, Color color);

    void line(double x1, double y1, double x2, double y2, double width, Color color);

    void image(Image image, double x, double y, double w, double h);

    /**
     * Draws {@code what} in the coordinates of the upright sheet of a turned (landscape) page
     * {@code turnedWidth} points wide: the upright sheet's (x, y) lands at (turnedWidth − y, x).
     */
    void turned(double turnedWidth, Runnable what);
}
