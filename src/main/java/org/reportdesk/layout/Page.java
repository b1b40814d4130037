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
 */
public record Page(int number, double widthPt, double heightPt, List<Line> lines, Line pageNumber, List<Box> boxes,
                   List<PlacedImage> images) {

    public Page {
        lines = List.copyOf(lines);
        boxes = List.copyOf(boxes);
        images = List.copyOf(images);
    }

    public Page(int number, double widthPt, double heightPt, List<Line> lines, Line pageNumber) {
        this(number, widthPt, heightPt, lines, pageNumber, List.of(), List.of());
    }
}
