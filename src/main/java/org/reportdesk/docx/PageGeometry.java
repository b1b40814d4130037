package org.reportdesk.docx;

/** Page and type-area sizes in twips for a profile: A4 portrait, no gutter. */
final class PageGeometry {

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int HEADER = 851;

    final int top;
    final int bottom;
    final int left;
    final int right;
    final int footer;

    PageGeometry(ExportProfile p) {
        top = ExportProfile.mmToTwips(p.marginTopMm());
        bottom = ExportProfile.mmToTwips(p.marginBottomMm());
        left = ExportProfile.mmToTwips(p.marginLeftMm());
        right = ExportProfile.mmToTwips(p.marginRightMm());
        footer = ExportProfile.mmToTwips(p.footerMm());
    }

    int typeWidth() {
        return PAGE_WIDTH - left - right;
    }

    /** The portrait type area's height: also the width of a landscape page's type area. */
    int typeHeight() {
        return PAGE_HEIGHT - top - bottom;
    }

    /** How many half cells of a font of {@code sizeTwips} (a character is as wide as it is high) fit a line. */
    int charsPerLineHalfCells(int sizeTwips) {
        return typeWidth() * 2 / sizeTwips;
    }
}
