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
 */
public record Page(int number, double widthPt, double heightPt, List<Line> lines, Line pageNumber) {

    public Page {
        lines = List.copyOf(lines);
    }
}
