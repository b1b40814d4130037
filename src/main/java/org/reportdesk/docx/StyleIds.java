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

    /** Two characters of first-line indent. */
    static final String BODY_INDENT = "w:firstLineChars=\"200\" w:firstLine=\"640\"";

    private StyleIds() {
    }
}
