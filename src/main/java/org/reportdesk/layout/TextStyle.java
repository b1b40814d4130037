package org.reportdesk.layout;

/**
 * Character formatting of a run as the export writes it.
 *
 * @param face      the East Asian face named in the .docx (e.g. 仿宋_GB2312)
 * @param sizePt    font size in points
 * @param spacingPt character spacing added after every character, points (−0.25 for 3号 in the standard profile)
 */
public record TextStyle(String face, double sizePt, boolean bold, boolean italic, boolean underline, double spacingPt) {

    public TextStyle withStyle(boolean b, boolean i, boolean u) {
        return new TextStyle(face, sizePt, b, i, u, spacingPt);
    }
}
