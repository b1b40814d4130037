package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdesk.model.Numbering;

/**
 * Splits a page holding several reports (（大全5篇）, （合集4篇）, 篇一, 篇1：, 第2篇) into its pieces.
 * A page counts as a collection only when its piece markers run 1, 2, 3 … in order, at least two.
 */
public final class CollectionSplitter {

    private static final String NUM = "([一二三四五六七八九十]{1,3}|[0-9]{1,2})";
    private static final Pattern PIECE_FIRST = Pattern.compile("^#{0,6}[ \\t]*篇[ \\t]*" + NUM + "[ \\t]*[：:．.、][ \\t]*(.*)$");
    private static final Pattern NTH_PIECE = Pattern.compile("^#{0,6}[ \\t]*第[ \\t]*" + NUM + "[ \\t]*篇[ \\t]*[：:．.、]?[ \\t]*(.*)$");
    private static final Pattern TITLE_PIECE = Pattern.compile("^#{0,6}[ \\t]*(.{2,60}?)[ \\t]*篇" + NUM + "$");

    /** One report of the page: the title its marker carries (may be empty) and its lines. */
    public record Piece(String markerTitle, int markerLine, List<SourceLine> lines) {
    }

    /** The pieces and the lines before the first one (the collection's own title and preface). */
    public record Split(List<SourceLine> preface, List<Piece> pieces) {

        public boolean isCollection() {
            return pieces.size() > 1;
        }
    }

    private record Marker(int index, int value, String title) {
    }

    private CollectionSplitter() {
    }

    public static Split split(List<SourceLine> lines) {
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Marker m = marker(i, lines.get(i).text().strip());
            if (m != null && m.value() == markers.size() + 1) {
                markers.add(m);
            }
        }
        if (markers.size() < 2) {
            return new Split(List.of(), List.of(new Piece("", 0, lines)));
        }
        List<Piece> pieces = new ArrayList<>();
        for (int k = 0; k < markers.size(); k++) {
            Marker m = markers.get(k);
            int end = k + 1 < markers.size() ? markers.get(k + 1).index() : lines.size();
            pieces.add(new Piece(m.title(), lines.get(m.index()).number(),
                    List.copyOf(lines.subList(m.index() + 1, end))));
        }
        return new Split(List.copyOf(lines.subList(0, markers.get(0).index())), pieces);
    }

    private static Marker marker(int index, String line) {
        if (line.length() > 80 || line.indexOf('篇') < 0) {
            return null;
        }
        Matcher m = PIECE_FIRST.matcher(line);
        if (m.matches()) {
            return new Marker(index, value(m.group(1)), m.group(2).strip());
        }
        m = NTH_PIECE.matcher(line);
        if (m.matches()) {
            return new Marker(index, value(m.group(1)), m.group(2).strip());
        }
        m = TITLE_PIECE.matcher(line);
        if (m.matches()) {
            return new Marker(index, value(m.group(2)), m.group(1).strip());
        }
        return null;
    }

    private static int value(String n) {
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : Numbering.parseChinese(n);
    }
}
