package org.reportdesk.docx;

/**
 * The export's own layout rules, opened to the page layout ({@code org.reportdesk.layout}) so the
 * page view and the .docx share one source: each method calls the exporter's rule. New file, no
 * change to the exporter classes; these rules may move here for good when the exporter is rewritten.
 */
public final class ExportRules {

    /** A4 portrait in twips, as the exported section sets it. */
    public static final int PAGE_WIDTH_TWIPS = PageGeometry.PAGE_WIDTH;
    public static final int PAGE_HEIGHT_TWIPS = PageGeometry.PAGE_HEIGHT;
    /** The footer's face and size (half points) for {@code — N —}. */
    public static final String PAGE_NUMBER_FACE = "宋体";
    public static final int PAGE_NUMBER_HALF_POINTS = 28;
    /** One-character indent of the page number, twips. */
    public static final int PAGE_NUMBER_INDENT = 280;
    /** 2号, the title's size in half points. */
    public static final int TITLE_HALF_POINTS = 44;
    /** 3号, the size of every other paragraph, in half points. */
    public static final int BODY_HALF_POINTS = RunWriter.SIZE_3;
    /** The body's first-line indent (two 3号 characters), twips. */
    public static final int BODY_FIRST_LINE = 640;

    private ExportRules() {
    }

    /** A run-in heading as one sentence ending in 。 (see the exporter's DocumentBody). */
    /** Whether the export sets {@code t} on landscape pages (its wish, too many columns, or too wide for portrait). */
    public static boolean landscape(org.reportdesk.model.Table t, ExportProfile profile) {
        return TableLayout.landscape(t, profile, new PageGeometry(profile).typeWidth());
    }

    /** Whether a table cell's text is centred (a number) rather than set left. */
    public static boolean centredInCell(String cellText) {
        return TableWriter.numeric(cellText);
    }

    /** The tallest a picture is set: the type area less two lines, twips. */
    public static int pictureMaxHeightTwips(ExportProfile profile) {
        return new PageGeometry(profile).typeHeight() - 2 * profile.lineTwips();
    }

    public static String runInSentence(String heading) {
        return DocumentBody.runInSentence(heading);
    }

    /** The width the title is balanced for, in half cells of 2号, with the exporter's one-character slack. */
    public static int titleMaxHalfCells(ExportProfile profile) {
        return new PageGeometry(profile).charsPerLineHalfCells(TITLE_HALF_POINTS * 10) - 2;
    }

    /** Width in half cells: ASCII 1, everything else 2 (the 署名 layout's measure). */
    public static int halfCells(CharSequence s) {
        return TextWidth.halfCells(s);
    }
}
