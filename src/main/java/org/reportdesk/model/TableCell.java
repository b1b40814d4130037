package org.reportdesk.model;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One slot of a table's grid. An anchor cell holds text and spans {@code rowSpan} × {@code colSpan}
 * slots; the other slots of that area are {@link #covered()} and hold no text.
 */
public record TableCell(RichText text, int rowSpan, int colSpan, boolean covered) {

    public static final TableCell COVERED = new TableCell(RichText.EMPTY, 1, 1, true);

    public TableCell {
        Objects.requireNonNull(text, "text");
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be at least 1");
        }
        if (covered && (rowSpan != 1 || colSpan != 1 || !text.isEmpty())) {
            throw new IllegalArgumentException("a covered slot has no text and no span");
        }
        for (Paragraph p : text.paragraphs()) {
            if (p.isObject()) {
                throw new IllegalArgumentException("a cell holds text only");
            }
        }
    }

    public static TableCell of(String plainText) {
        return new TableCell(RichText.ofPlain(plainText), 1, 1, false);
    }

    public static TableCell of(RichText text) {
        return new TableCell(text, 1, 1, false);
    }

    public TableCell withText(RichText newText) {
        return new TableCell(newText, rowSpan, colSpan, covered);
    }

    public TableCell withSpan(int rows, int cols) {
        return new TableCell(text, rows, cols, false);
    }

    public String plainText() {
        return text.plainText();
    }

    TableCell mapText(UnaryOperator<String> f) {
        return covered ? this : withText(text.mapText(f));
    }
}
