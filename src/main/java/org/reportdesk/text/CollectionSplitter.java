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
    private static final Pattern NTH_PIECE = Pattern.compile("^#{0,6}[ \\t]*第[ \\t]*" + NUM + "[ \\t]*篇(?!章)[ \\t]*[：:．.、]?[ \\t]*(.*)$");
    private static final Pattern TITLE_PIECE = Pattern.compile("^#{0,6}[ \\t]*(.{2,60}?)[ \\t]*篇[（(]?" + NUM + "[）)]?$");
    /** {@code 乡镇民政工作计划1}: a report's name with the piece number right after it. */
    private static final Pattern NAME_NUMBER = Pattern.compile("^#{0,6}[ \\t]*(.{2,60}?(?:计划|总结|要点|报告|汇报|规划|思路))([0-9]{1,2})$");

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

    /** Whether {@code line} marks a piece of a collection (篇一：…, 第2篇 …, …篇3). */
    static boolean isMarker(String line) {
        return marker(0, line.strip()) != null;
    }

    public static Split split(List<SourceLine> lines) {
        List<Marker> markers = new ArrayList<>();
        int firstHeading = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            Marker m = marker(i, t);
            if (m != null && m.value() == markers.size() + 1) {
                markers.add(m);
            } else if (firstHeading < 0 && m == null && HeadingLabel.parse(t) != null) {
                firstHeading = i;
            }
        }
        if (markers.size() == 1 && (firstHeading < 0 || markers.get(0).index() < firstHeading)) {
            return lone(lines, markers.get(0));
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

    /**
     * A page showing one piece of a collection ({@code 篇一：…} alone): the marker is dropped; the
     * lines before it are the collection's preface when the marker names the piece.
     */
    private static Split lone(List<SourceLine> lines, Marker m) {
        List<SourceLine> after = List.copyOf(lines.subList(m.index() + 1, lines.size()));
        int number = lines.get(m.index()).number();
        if (m.title().isEmpty()) {
            List<SourceLine> all = new ArrayList<>(lines.subList(0, m.index()));
            all.addAll(after);
            return new Split(List.of(), List.of(new Piece("", number, all)));
        }
        return new Split(List.copyOf(lines.subList(0, m.index())), List.of(new Piece(m.title(), number, after)));
    }

    private static Marker marker(int index, String line) {
        if (line.length() > 80) {
            return null;
        }
        if (line.indexOf('篇') < 0) {
            if (line.length() < 4 || !Character.isDigit(line.charAt(line.length() - 1))) {
                return null;
            }
            Matcher n = NAME_NUMBER.matcher(line);
            return n.matches() ? new Marker(index, value(n.group(2)), n.group(1).strip()) : null;
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
        m = NAME_NUMBER.matcher(line);
        if (m.matches()) {
            return new Marker(index, value(m.group(2)), m.group(1).strip());
        }
        return null;
    }

    private static int value(String n) {
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : Numbering.parseChinese(n);
    }
}
