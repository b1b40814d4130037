package org.reportdesk.layout;

/** A rectangle drawn with a thin line (a table cell's border), points from the page's top-left corner. */
public record Box(double x, double y, double width, double height) {
}
