package org.reportdesk.ui.profiles;

/** How the editor takes the line pitch: in points, or as the number of lines a page holds. */
public enum LineUnit {
    POINTS,
    LINES_PER_PAGE
}
