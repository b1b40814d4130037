package org.reportdesk.layout;

import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ExportRules;

/**
 * The page of a profile in points, rounded through twips exactly as the exported section is:
 * A4, the margins, the footer distance and the exact line pitch.
 */
public record PageFrame(double widthPt, double heightPt, double topPt, double bottomPt, double leftPt,
                        double rightPt, double footerPt, double linePt, int linesPerPage) {

    public static PageFrame of(ExportProfile p) {
        int top = ExportProfile.mmToTwips(p.marginTopMm());
        int bottom = ExportProfile.mmToTwips(p.marginBottomMm());
        int typeHeight = ExportRules.PAGE_HEIGHT_TWIPS - top - bottom;
        return new PageFrame(pt(ExportRules.PAGE_WIDTH_TWIPS), pt(ExportRules.PAGE_HEIGHT_TWIPS), pt(top), pt(bottom),
                pt(ExportProfile.mmToTwips(p.marginLeftMm())), pt(ExportProfile.mmToTwips(p.marginRightMm())),
                pt(ExportProfile.mmToTwips(p.footerMm())), pt(p.lineTwips()), Math.max(1, typeHeight / p.lineTwips()));
    }

    /** The page of a landscape section: the sheet turned, its margins turned with it (top = the upright left margin). */
    public PageFrame turned() {
        double typeHeight = widthPt - leftPt - rightPt;
        return new PageFrame(heightPt, widthPt, leftPt, rightPt, bottomPt, topPt, footerPt, linePt,
                Math.max(1, (int) Math.floor(typeHeight / linePt + 1e-6)));
    }

    static double pt(int twips) {
        return twips / 20.0;
    }

    /** Width of the type area (版心). */
    public double typeWidth() {
        return widthPt - leftPt - rightPt;
    }
}
