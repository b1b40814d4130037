package org.reportdesk.docx;

/**
 * Right indents (twips) of the 署名 and 成文日期 lines, from their widths in characters
 * (CJK 1, ASCII ½) and the width of one 3号 character (320 twips).
 *
 * @param blankLinesBefore empty lines between the body (or 附件说明) and the 署名
 * @param signatureRight   right indent of the 署名 line
 * @param dateRight        right indent of the date line
 */
public record SignatureLayout(int blankLinesBefore, int signatureRight, int dateRight) {

    /** One 3号 (16 pt) character. */
    public static final int CHAR = 320;

    /**
     * 7.3.5.1, sealed: the date has four characters of right space and the unit is centred over
     * it; two blank lines leave room for the seal, which overlaps both lines.
     */
    public static SignatureLayout sealed(String signature, String date) {
        int dateRight = 4 * CHAR;
        int sigRight = dateRight + (TextWidth.halfCells(date) - TextWidth.halfCells(signature)) * CHAR / 4;
        return new SignatureLayout(2, Math.max(0, sigRight), dateRight);
    }

    /**
     * 7.3.5.2, not sealed: the unit with two characters of right space, the date's first character
     * two characters right of the unit's first. When that would leave the date less than two
     * characters of right space (a date longer than the unit), the date keeps two and the unit
     * moves left to keep the two-character shift.
     */
    public static SignatureLayout unsealed(String signature, String date) {
        int sig = TextWidth.halfCells(signature) * CHAR / 2;
        int dat = TextWidth.halfCells(date) * CHAR / 2;
        int dateRight = Math.max(2 * CHAR, sig - dat);
        int sigRight = dateRight + dat - sig + 2 * CHAR;
        return new SignatureLayout(1, sigRight, dateRight);
    }
}
