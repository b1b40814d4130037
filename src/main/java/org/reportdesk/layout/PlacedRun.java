package org.reportdesk.layout;

/**
 * Laid-out text of one style on a line.
 *
 * @param x             left edge in points from the page's left edge
 * @param letterSpacing points added after every character (character spacing plus justification)
 * @param width         advance of the whole run, letter spacing included
 * @param sourceOffset  offset of the first character in the source paragraph (see {@link StyledRun})
 */
public record PlacedRun(String text, TextStyle style, double x, double letterSpacing, double width,
                        Source source, int sourceOffset) {
}
