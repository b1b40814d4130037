package org.reportdesk.layout;

import org.reportdesk.model.Picture;
import org.reportdesk.model.Table;

/** What a block that is no paragraph of text stands for: a row of a table, or a picture. */
public sealed interface Figure permits Figure.TableRow, Figure.Image {

    Source source();

    /** Row {@code row} of {@code table}; the rows of a table are consecutive blocks; a wide table is set on landscape pages. */
    record TableRow(Table table, int row, boolean landscape, Source source) implements Figure {
    }

    record Image(Picture picture, Source source) implements Figure {
    }
}
