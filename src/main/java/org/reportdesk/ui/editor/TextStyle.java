package org.reportdesk.ui.editor;

/** Character style of the editor: the three a report uses. */
public record TextStyle(boolean bold, boolean italic, boolean underline) {

    public static final TextStyle PLAIN = new TextStyle(false, false, false);

    public TextStyle withBold(boolean b) {
        return new TextStyle(b, italic, underline);
    }

    public TextStyle withItalic(boolean i) {
        return new TextStyle(bold, i, underline);
    }

    public TextStyle withUnderline(boolean u) {
        return new TextStyle(bold, italic, u);
    }

    /** Inline CSS for a text node in the given font. */
    public String toCss(String family, double sizePt) {
        StringBuilder sb = new StringBuilder();
        if (family != null) {
            sb.append("-fx-font-family: '").append(family).append("';");
        }
        sb.append("-fx-font-size: ").append(sizePt).append("pt;");
        sb.append("-fx-font-weight: ").append(bold ? "bold" : "normal").append(';');
        sb.append("-fx-font-style: ").append(italic ? "italic" : "normal").append(';');
        sb.append("-fx-underline: ").append(underline).append(';');
        return sb.toString();
    }
}
