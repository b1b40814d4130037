package org.reportdesk.layout;

import org.reportdesk.model.Picture;

/** A picture placed on a page, points from the page's top-left corner. */
public record PlacedImage(Picture picture, double x, double y, double width, double height, Source source) {
}
