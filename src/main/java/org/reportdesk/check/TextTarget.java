package org.reportdesk.check;

/** Which text of a report a finding points into. Declared in reading order. */
public enum TextTarget {
    /** The report title (one paragraph). */
    TITLE,
    /** 开头语, paragraph by paragraph. */
    OPENING,
    /** A section's heading (one paragraph, index 0). */
    HEADING,
    /** A section's body, paragraph by paragraph. */
    BODY,
    /** One 附件 name; the paragraph index is the attachment's index. */
    ATTACHMENT,
    /** 署名. */
    SIGNATURE,
    /** 成文日期. */
    DATE;

    public boolean inSection() {
        return this == HEADING || this == BODY;
    }
}
