package org.reportdesk.docx;

/** Style ids of the exported document (styles.xml defines them, document.xml references them). */
final class StyleIds {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String BODY = "BodyText";
    static final String RECIPIENT = "Recipient";
    static final String ATTACHMENT = "Attachment";
    static final String SIGNATURE = "Signature";
    static final String DATE = "Date";
    static final String FOOTER = "Footer";

    /** Heading1 … Heading4. */
    static String heading(int level) {
        return "Heading" + level;
    }

    /** Two characters of first-line indent, in hundredths of a character and in twips of 3号. */
    static final int INDENT_CHARS = 200;
    static final int INDENT_TWIPS = 640;

    private StyleIds() {
    }
}
