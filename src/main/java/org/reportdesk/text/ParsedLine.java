package org.reportdesk.text;

import org.reportdesk.model.Paragraph;

/** One non-empty line of a piece, Markdown marks taken off, with the label it starts with. */
final class ParsedLine {

    final SourceLine src;
    Paragraph para;
    String text;
    final boolean markdownHeading;
    final HeadingLabel label;

    ParsedLine(SourceLine src, Paragraph para, boolean markdownHeading) {
        this.src = src;
        this.para = para;
        this.text = para.plainText();
        this.markdownHeading = markdownHeading;
        this.label = HeadingLabel.parse(text);
    }

    String text() {
        return text;
    }

    void append(ParsedLine next) {
        para = RichParagraphs.concat(para, next.para);
        text = text + next.text;
    }

    boolean labelOnly() {
        return label != null && label.length() >= text().length();
    }
}
