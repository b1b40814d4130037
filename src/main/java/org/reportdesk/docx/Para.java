package org.reportdesk.docx;

/**
 * One {@code w:p} being built: its style, paragraph properties and run XML. Kept as objects until
 * the end so the 署名 block can mark earlier paragraphs keep-with-next.
 */
final class Para {

    final String styleId;
    final StringBuilder runs = new StringBuilder();
    boolean keepNext;
    /** {@code w:ind} attributes, e.g. {@code w:firstLineChars="200" w:firstLine="640"}, or null. */
    String ind;
    /** {@code w:jc} value or null. */
    String jc;
    /** Off for the 2号 title: LibreOffice would otherwise give each title line two grid lines. */
    boolean snapToGrid = true;

    Para(String styleId) {
        this.styleId = styleId;
    }

    Para ind(String attributes) {
        ind = attributes;
        return this;
    }

    Para jc(String value) {
        jc = value;
        return this;
    }

    boolean isEmpty() {
        return runs.length() == 0;
    }

    /** Child order follows CT_PPrBase: pStyle, keepNext, snapToGrid, spacing, ind, jc. */
    void writeTo(StringBuilder out, int lineTwips) {
        out.append("<w:p><w:pPr><w:pStyle w:val=\"").append(styleId).append("\"/>");
        if (keepNext) {
            out.append("<w:keepNext/>");
        }
        if (!snapToGrid) {
            out.append("<w:snapToGrid w:val=\"0\"/>");
        }
        out.append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"").append(lineTwips).append("\" w:lineRule=\"exact\"/>");
        if (ind != null) {
            out.append("<w:ind ").append(ind).append("/>");
        }
        if (jc != null) {
            out.append("<w:jc w:val=\"").append(jc).append("\"/>");
        }
        out.append("</w:pPr>").append(runs).append("</w:p>");
    }
}
