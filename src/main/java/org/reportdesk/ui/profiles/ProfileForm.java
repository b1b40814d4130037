package org.reportdesk.ui.profiles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.i18n.Messages;

/**
 * The editor's typed values checked and converted: millimetres, and the line pitch in points or
 * lines per page. Each check fails with the one sentence the user sees.
 */
final class ProfileForm {

    static final int PAGE_HEIGHT_TWIPS = 16838;
    private static final int MIN_LINE_TWIPS = 240;
    private static final int MAX_LINE_TWIPS = 1440;

    /** A value the profile cannot take; the message says which and why. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String key, Object... args) {
            super(Messages.get(key, args));
        }
    }

    private ProfileForm() {
    }

    /** A margin in mm, 0..100; {@code labelKey} names the field in the message. */
    static double mm(String text, String labelKey) throws Invalid {
        double v = number(text, labelKey);
        if (v < 0 || v > 100) {
            throw new Invalid("ui.profiles.errorMargin", Messages.get(labelKey));
        }
        return v;
    }

    static void checkTypeArea(double top, double bottom, double left, double right) throws Invalid {
        if (left + right > 150) {
            throw new Invalid("ui.profiles.errorTypeWidth");
        }
        if (top + bottom > 250) {
            throw new Invalid("ui.profiles.errorTypeHeight");
        }
    }

    /** The exact line pitch in twips for the value typed in {@code unit}. */
    static int lineTwips(LineUnit unit, String text, double topMm, double bottomMm) throws Invalid {
        if (unit == LineUnit.POINTS) {
            double pt = number(text, "ui.profiles.line");
            int twips = (int) Math.round(pt * 20);
            if (twips < MIN_LINE_TWIPS || twips > MAX_LINE_TWIPS) {
                throw new Invalid("ui.profiles.errorLinePt");
            }
            return twips;
        }
        int lines;
        try {
            lines = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new Invalid("ui.profiles.errorLines");
        }
        // The largest pitch at which this many lines still fit the type area (22 → 579 on the standard page).
        int twips = lines <= 0 ? 0 : typeHeight(topMm, bottomMm) / lines;
        if (twips < MIN_LINE_TWIPS || twips > MAX_LINE_TWIPS) {
            throw new Invalid("ui.profiles.errorLines");
        }
        return twips;
    }

    /** {@code twips} shown in {@code unit}: points (e.g. 28.95) or whole lines per page. */
    static String lineText(LineUnit unit, int twips, double topMm, double bottomMm) {
        if (unit == LineUnit.POINTS) {
            return plain(twips / 20.0);
        }
        return Integer.toString(typeHeight(topMm, bottomMm) / twips);
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static int typeHeight(double topMm, double bottomMm) {
        return PAGE_HEIGHT_TWIPS - ExportProfile.mmToTwips(topMm) - ExportProfile.mmToTwips(bottomMm);
    }

    private static double number(String text, String labelKey) throws Invalid {
        try {
            double v = Double.parseDouble(text == null ? "" : text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new Invalid("ui.profiles.errorNumber", Messages.get(labelKey));
    }
}
