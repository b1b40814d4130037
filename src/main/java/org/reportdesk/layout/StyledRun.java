package org.reportdesk.layout;

/**
 * Text of one style inside a block, before layout.
 *
 * @param sourceOffset character offset of the run's first character in its source paragraph's
 *                     text (with {@code {{字段}}} fields filled)
 */
public record StyledRun(String text, TextStyle style, Source source, int sourceOffset) {
}
