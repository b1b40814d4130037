package org.reportdesk.layout;

import java.util.List;

/**
 * One paragraph as the export writes it. Value equality (records all the way down) is what the
 * layout cache keys on: an unchanged paragraph is never measured twice.
 *
 * @param runs           the text; a {@code '\n'} inside a run is a forced line break (the title's balanced lines)
 * @param leftPt         left indent of every line
 * @param firstLinePt    first line's offset from {@code leftPt} (negative = hanging)
 * @param rightPt        right indent
 * @param keepNext       kept on the page of the next block's first line
 * @param figure         a table row or a picture, laid out by {@link Figures}; null for text
 */
public record Block(BlockKind kind, List<StyledRun> runs, double leftPt, double firstLinePt, double rightPt,
                    Align align, boolean keepNext, Figure figure) {

    public Block {
        runs = List.copyOf(runs);
    }

    public Block(BlockKind kind, List<StyledRun> runs, double leftPt, double firstLinePt, double rightPt,
                 Align align, boolean keepNext) {
        this(kind, runs, leftPt, firstLinePt, rightPt, align, keepNext, null);
    }

    static Block of(Figure figure, boolean keepNext) {
        BlockKind kind = figure instanceof Figure.TableRow ? BlockKind.TABLE_ROW : BlockKind.PICTURE;
        return new Block(kind, List.of(), 0, 0, 0, Align.CENTER, keepNext, figure);
    }

    public Block withKeepNext(boolean keep) {
        return keep == keepNext ? this : new Block(kind, runs, leftPt, firstLinePt, rightPt, align, keep, figure);
    }
}
