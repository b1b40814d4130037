package org.reportdesk.layout;

/** What a block is. */
public enum BlockKind {
    TITLE, BLANK, RECIPIENT, BODY, HEADING, ATTACHMENT, SIGNATURE, DATE,
    /** A table's title (表题) and a picture's caption: centred text lines of the grid. */
    CAPTION,
    /** One row of a table; its cells' text lines have this kind too. */
    TABLE_ROW,
    PICTURE,
    /** No lines: the blocks up to {@link #PORTRAIT} go on landscape pages of their own (a wide table). */
    LANDSCAPE,
    PORTRAIT
}
