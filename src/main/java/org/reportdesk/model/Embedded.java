package org.reportdesk.model;

import java.util.function.UnaryOperator;

/**
 * A block that stands in a section body where a paragraph would: a {@link Table} or a
 * {@link Picture}. It sits in a paragraph of its own whose text is the one character
 * {@link #OBJECT_CHAR}, so every offset in a body's plain text stays one character per object.
 */
public sealed interface Embedded permits Table, Picture {

    /** U+FFFC OBJECT REPLACEMENT CHARACTER: the text of a paragraph that holds an object. */
    char OBJECT_CHAR = '\uFFFC';
    String OBJECT_TEXT = String.valueOf(OBJECT_CHAR);

    /** The same object with every piece of text passed through {@code f} (e.g. field filling). */
    Embedded mapText(UnaryOperator<String> f);

    /** The object's text as lines: a table's title, then its rows with cells separated by tabs; a picture's caption. */
    String text();

    /** Characters of text this object holds (cells, titles, captions), for the report's size limit. */
    int textLength();
}
