package org.reportdesk.docx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reportdesk.i18n.Messages;

/**
 * The settings of one export: page margins, line pitch, character spacing, fonts, bold per heading
 * level, the 署名 layout and the date style. {@link #standard()} is GB/T 9704-2012; local variants
 * differ in some of these. Immutable; change it with the {@code with…} methods or a {@link Builder}.
 *
 * @param name            short identifier, also the name a user saved it under
 * @param marginTopMm     天头
 * @param marginBottomMm  bottom margin
 * @param marginLeftMm    订口
 * @param marginRightMm   right margin
 * @param footerMm        distance of the footer from the bottom edge
 * @param lineTwips       exact line pitch in twips (579 gives 22 lines on the standard page)
 * @param charSpacingTwips character spacing of 3号 runs in twips (−5 gives 28 characters a line)
 * @param fontScheme      the faces
 * @param latinFont       face for Latin letters and digits; empty = the run's East Asian face
 * @param headingBold     bold for heading levels 1..4 (four values)
 * @param signatureMode   sealed or not
 * @param dateStyle       how 成文日期 is printed
 * @param includeSignature whether the 署名 line is printed above the date
 * @param tableHalfPoints  size of the text in table cells, half points (28 = 4号; 24 = 小四, 21 = 5号)
 * @param landscapeColumns a table with more columns than this goes on a landscape page (as does one
 *                         whose narrowest possible columns do not fit the portrait type area)
 */
public record ExportProfile(String name, double marginTopMm, double marginBottomMm, double marginLeftMm,
                            double marginRightMm, double footerMm, int lineTwips, int charSpacingTwips,
                            FontScheme fontScheme, String latinFont, List<Boolean> headingBold,
                            SignatureMode signatureMode, DateStyle dateStyle, boolean includeSignature,
                            int tableHalfPoints, int landscapeColumns) {

    public static final String STANDARD_NAME = "standard";
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final ExportProfile STANDARD = new ExportProfile(STANDARD_NAME, 37, 35, 28, 26, 25, 579, -5,
            FontScheme.GB2312, "", List.of(false, false, false, false), SignatureMode.SEAL, DateStyle.ARABIC, true,
            28, 9);

    public ExportProfile {
        name = name == null || name.isBlank() ? STANDARD_NAME : name.strip();
        for (double mm : new double[] {marginTopMm, marginBottomMm, marginLeftMm, marginRightMm, footerMm}) {
            if (!(mm >= 0 && mm <= 100)) {
                throw new IllegalArgumentException("margin out of range 0..100 mm: " + mm);
            }
        }
        if (marginLeftMm + marginRightMm > 150 || marginTopMm + marginBottomMm > 250) {
            throw new IllegalArgumentException("margins leave no type area");
        }
        if (lineTwips < 240 || lineTwips > 1440) {
            throw new IllegalArgumentException("line pitch out of range 240..1440 twips: " + lineTwips);
        }
        if (charSpacingTwips < -60 || charSpacingTwips > 60) {
            throw new IllegalArgumentException("character spacing out of range -60..60 twips: " + charSpacingTwips);
        }
        Objects.requireNonNull(fontScheme, "fontScheme");
        Objects.requireNonNull(signatureMode, "signatureMode");
        Objects.requireNonNull(dateStyle, "dateStyle");
        latinFont = latinFont == null ? "" : latinFont.strip();
        headingBold = List.copyOf(Objects.requireNonNull(headingBold, "headingBold"));
        if (headingBold.size() != 4) {
            throw new IllegalArgumentException("headingBold needs 4 values, got " + headingBold.size());
        }
        if (tableHalfPoints < 15 || tableHalfPoints > 32) {
            throw new IllegalArgumentException("table text size out of range 15..32 half points: " + tableHalfPoints);
        }
        if (landscapeColumns < 1 || landscapeColumns > 63) {
            throw new IllegalArgumentException("landscape column limit out of range 1..63: " + landscapeColumns);
        }
    }

    /** GB/T 9704-2012 as the spec lays it out. */
    public static ExportProfile standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder(STANDARD);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether headings of {@code level} (1..4) are bold. */
    public boolean headingBold(int level) {
        return headingBold.get(level - 1);
    }

    public static int mmToTwips(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    public ExportProfile withName(String n) {
        return toBuilder().name(n).build();
    }

    public ExportProfile withMargins(double top, double bottom, double left, double right) {
        return toBuilder().margins(top, bottom, left, right).build();
    }

    public ExportProfile withLineTwips(int twips) {
        return toBuilder().lineTwips(twips).build();
    }

    public ExportProfile withCharSpacingTwips(int twips) {
        return toBuilder().charSpacingTwips(twips).build();
    }

    public ExportProfile withFontScheme(FontScheme scheme) {
        return toBuilder().fontScheme(scheme).build();
    }

    public ExportProfile withLatinFont(String face) {
        return toBuilder().latinFont(face).build();
    }

    public ExportProfile withHeadingBold(int level, boolean bold) {
        return toBuilder().headingBold(level, bold).build();
    }

    public ExportProfile withSignatureMode(SignatureMode mode) {
        return toBuilder().signatureMode(mode).build();
    }

    public ExportProfile withDateStyle(DateStyle style) {
        return toBuilder().dateStyle(style).build();
    }

    public ExportProfile withIncludeSignature(boolean include) {
        return toBuilder().includeSignature(include).build();
    }

    public ExportProfile withTableHalfPoints(int halfPoints) {
        return toBuilder().tableHalfPoints(halfPoints).build();
    }

    public ExportProfile withLandscapeColumns(int columns) {
        return toBuilder().landscapeColumns(columns).build();
    }

    /**
     * What this profile does differently from {@code other}, one sentence each in the user's
     * language (e.g. for the export dialog: "what this profile changes from the standard").
     */
    public List<String> differencesFrom(ExportProfile other) {
        List<String> out = new ArrayList<>();
        mm(out, "export.diff.marginTop", marginTopMm, other.marginTopMm);
        mm(out, "export.diff.marginBottom", marginBottomMm, other.marginBottomMm);
        mm(out, "export.diff.marginLeft", marginLeftMm, other.marginLeftMm);
        mm(out, "export.diff.marginRight", marginRightMm, other.marginRightMm);
        mm(out, "export.diff.footer", footerMm, other.footerMm);
        if (lineTwips != other.lineTwips) {
            out.add(Messages.get("export.diff.line", pt(lineTwips), pt(other.lineTwips)));
        }
        if (charSpacingTwips != other.charSpacingTwips) {
            out.add(Messages.get("export.diff.charSpacing", pt(charSpacingTwips), pt(other.charSpacingTwips)));
        }
        if (fontScheme != other.fontScheme) {
            out.add(Messages.get("export.diff.fontScheme", Messages.get("export.fontScheme." + fontScheme.name()),
                    Messages.get("export.fontScheme." + other.fontScheme.name())));
        }
        if (!latinFont.equals(other.latinFont)) {
            out.add(Messages.get("export.diff.latinFont", face(latinFont), face(other.latinFont)));
        }
        for (int level = 1; level <= 4; level++) {
            if (headingBold(level) != other.headingBold(level)) {
                out.add(Messages.get(headingBold(level) ? "export.diff.boldOn" : "export.diff.boldOff", level));
            }
        }
        if (signatureMode != other.signatureMode) {
            out.add(Messages.get("export.diff.signatureMode", Messages.get("export.signatureMode." + signatureMode.name()),
                    Messages.get("export.signatureMode." + other.signatureMode.name())));
        }
        if (dateStyle != other.dateStyle) {
            out.add(Messages.get("export.diff.dateStyle", Messages.get("export.dateStyle." + dateStyle.name()),
                    Messages.get("export.dateStyle." + other.dateStyle.name())));
        }
        if (includeSignature != other.includeSignature) {
            out.add(Messages.get(includeSignature ? "export.diff.signatureOn" : "export.diff.signatureOff"));
        }
        if (tableHalfPoints != other.tableHalfPoints) {
            out.add(Messages.get("export.diff.tableSize", num(tableHalfPoints / 2.0), num(other.tableHalfPoints / 2.0)));
        }
        if (landscapeColumns != other.landscapeColumns) {
            out.add(Messages.get("export.diff.landscapeColumns", landscapeColumns, other.landscapeColumns));
        }
        return out;
    }

    private static void mm(List<String> out, String key, double mine, double theirs) {
        if (Double.compare(mine, theirs) != 0) {
            out.add(Messages.get(key, num(mine), num(theirs)));
        }
    }

    private static String pt(int twips) {
        return num(twips / 20.0);
    }

    private static String num(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String face(String latin) {
        return latin.isEmpty() ? Messages.get("export.latinFont.same") : latin;
    }

    /** Mutable builder, starting from a profile's values. */
    public static final class Builder {
        private String name;
        private double top;
        private double bottom;
        private double left;
        private double right;
        private double footer;
        private int line;
        private int charSpacing;
        private FontScheme fontScheme;
        private String latinFont;
        private final Boolean[] bold = new Boolean[4];
        private SignatureMode signatureMode;
        private DateStyle dateStyle;
        private boolean includeSignature;
        private int tableHalfPoints;
        private int landscapeColumns;

        private Builder(ExportProfile p) {
            name = p.name;
            top = p.marginTopMm;
            bottom = p.marginBottomMm;
            left = p.marginLeftMm;
            right = p.marginRightMm;
            footer = p.footerMm;
            line = p.lineTwips;
            charSpacing = p.charSpacingTwips;
            fontScheme = p.fontScheme;
            latinFont = p.latinFont;
            p.headingBold.toArray(bold);
            signatureMode = p.signatureMode;
            dateStyle = p.dateStyle;
            includeSignature = p.includeSignature;
            tableHalfPoints = p.tableHalfPoints;
            landscapeColumns = p.landscapeColumns;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder margins(double topMm, double bottomMm, double leftMm, double rightMm) {
            top = topMm;
            bottom = bottomMm;
            left = leftMm;
            right = rightMm;
            return this;
        }

        public Builder footerMm(double v) {
            footer = v;
            return this;
        }

        public Builder lineTwips(int v) {
            line = v;
            return this;
        }

        public Builder charSpacingTwips(int v) {
            charSpacing = v;
            return this;
        }

        public Builder fontScheme(FontScheme v) {
            fontScheme = v;
            return this;
        }

        public Builder latinFont(String v) {
            latinFont = v;
            return this;
        }

        public Builder headingBold(int level, boolean v) {
            bold[level - 1] = v;
            return this;
        }

        public Builder signatureMode(SignatureMode v) {
            signatureMode = v;
            return this;
        }

        public Builder dateStyle(DateStyle v) {
            dateStyle = v;
            return this;
        }

        public Builder includeSignature(boolean v) {
            includeSignature = v;
            return this;
        }

        public Builder tableHalfPoints(int v) {
            tableHalfPoints = v;
            return this;
        }

        public Builder landscapeColumns(int v) {
            landscapeColumns = v;
            return this;
        }

        public ExportProfile build() {
            return new ExportProfile(name, top, bottom, left, right, footer, line, charSpacing, fontScheme, latinFont,
                    List.of(bold), signatureMode, dateStyle, includeSignature, tableHalfPoints, landscapeColumns);
        }
    }
}
