package org.reportdesk.layout;

import java.util.List;

/**
 * One page: its lines in reading order and the page number {@code — N —} placed as the footer
 * places it (odd pages right, even pages left).
 *
 * @param number     1-based page number
 * @param widthPt    page width, points
 * @param heightPt   page height, points
 * @param pageNumber the page number line
 * @param boxes      table cell borders
 * @param images     pictures
 * @param landscape  a landscape page (a wide table's): width and height are the turned sheet's, and the
 *                   page number is placed in the coordinates of the upright sheet — its bottom edge is
 *                   this page's left side, so a point (x, y) of the upright sheet is (heightPt − y, x)
 *                   here, the number's text turned 90° clockwise (GB/T 9704-2012 section 8)
 */
public record Page(int number, double widthPt, double heightPt, List<Line> lines, Line pageNumber, List<Box> boxes,
                   List<PlacedImage> images, boolean landscape) {

    public Page {
        lines = List.copyOf(lines);
        boxes = List.copyOf(boxes);
        images = List.copyOf(images);
    }

    public Page(int number, double widthPt, double heightPt, List<Line> lines, Line pageNumber) {
        this(number, widthPt, heightPt, lines, pageNumber, List.of(), List.of(), false);
    }
}
