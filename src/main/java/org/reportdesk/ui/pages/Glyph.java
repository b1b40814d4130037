package org.reportdesk.ui.pages;

import org.reportdesk.layout.Source;
import org.reportdesk.layout.TextStyle;

/**
 * One character as it is drawn on a page: its left edge and advance (letter spacing included)
 * in points from the page's left edge, and where it came from in the report.
 */
public record Glyph(String text, double x, double advance, TextStyle style, Source source, int offset) {
}
