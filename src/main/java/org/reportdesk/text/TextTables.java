package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Table;

/**
 * Finds text that is clearly a table in plain text or a web copy, before cleaning removes the
 * spaces that make its columns: at least two consecutive lines with the same number (at least two)
 * of tab-separated fields, or of columns set apart by runs of two or more spaces (of any width)
 * starting (or ending) at the same place on every line. Such a run becomes one
 * {@link Table} on its first line (the other lines left empty, so line numbers stay), the first
 * row a header row when it has no digits and the others do, the line above its title when it reads
 * as one. Lines of headings ({@code 一、…}) and prose (long fields, sentences) are never a table.
 */
public final class TextTables {

    /** Longest field of a table row: longer ones are sentences. */
    static final int MAX_FIELD = 60;
    /** Two or more spaces of any width; one full-width space is letter-spacing (姓　名), not a column gap. */
    private static final Pattern SPACES = Pattern.compile("[ \\u00a0\\u3000]{2,}");

    /** The lines with tables in place, and how many tables were found. */
    public record Found(List<SourceLine> lines, int tables) {
    }

    private TextTables() {
    }

    public static Found find(List<SourceLine> in) {
        List<SourceLine> out = new ArrayList<>(in);
        int tables = 0;
        int i = 0;
        while (i < in.size()) {
            int end = run(in, i, true);
            boolean tabs = end >= 0;
            if (!tabs) {
                end = run(in, i, false);
            }
            if (end < 0) {
                i++;
                continue;
            }
            place(in, out, i, end, fieldsOf(in, i, end, tabs));
            tables++;
            i = end;
        }
        return new Found(tables == 0 ? in : out, tables);
    }

    /** The end (exclusive) of a table starting at line {@code i}, or -1. */
    private static int run(List<SourceLine> in, int i, boolean tabs) {
        List<String[]> rows = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        int j = i;
        while (j < in.size() && rows.size() < Table.MAX_ROWS) {
            String line = in.get(j).text();
            String[] f = tabs ? tabFields(line) : spaceFields(line);
            if (f == null || !rows.isEmpty() && f.length != rows.get(0).length) {
                break;
            }
            rows.add(f);
            raw.add(line);
            j++;
        }
        if (rows.size() < 2 || rows.get(0).length > Table.MAX_COLUMNS || headings(rows) || !tabs && !aligned(raw, rows)) {
            return -1;
        }
        return j;
    }

    private static List<String[]> fieldsOf(List<SourceLine> in, int from, int to, boolean tabs) {
        List<String[]> rows = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String t = in.get(k).text();
            rows.add(tabs ? tabFields(t) : spaceFields(t));
        }
        return rows;
    }

    private static void place(List<SourceLine> in, List<SourceLine> out, int from, int to, List<String[]> rows) {
        List<List<String>> texts = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            texts.add(List.of(r));
        }
        boolean header = rows.stream().skip(1).anyMatch(TextTables::hasDigit) && !hasDigit(rows.get(0));
        String title = "";
        int above = from - 1;
        if (above >= 0 && in.get(above).text().isBlank()) {
            above--;
        }
        if (above >= 0 && !in.get(above).paragraph().isObject() && Captions.tableTitle(in.get(above).text(), false)) {
            title = in.get(above).text().strip();
            out.set(above, SourceLine.plain(in.get(above).number(), ""));
        }
        Table t = Table.ofText(title, header ? 1 : 0, texts);
        out.set(from, new SourceLine(in.get(from).number(), Paragraph.of(t), 0, false));
        for (int k = from + 1; k < to; k++) {
            out.set(k, SourceLine.plain(in.get(k).number(), ""));
        }
    }

    /** Fields of a tab-separated line (at least two, at least one not empty besides the first), or null. */
    static String[] tabFields(String line) {
        String t = line.strip();
        if (t.indexOf('\t') < 0) {
            return null;
        }
        String[] f = t.split("\t", -1);
        return fields(f);
    }

    /** Fields of a line of columns set apart by runs of spaces, or null. */
    static String[] spaceFields(String line) {
        String t = line.strip();
        if (!SPACES.matcher(t).find()) {
            return null;
        }
        return fields(SPACES.split(t, -1));
    }

    private static String[] fields(String[] f) {
        if (f.length < 2) {
            return null;
        }
        int nonEmpty = 0;
        for (int k = 0; k < f.length; k++) {
            f[k] = f[k].strip();
            if (f[k].length() > MAX_FIELD || f[k].endsWith("。") || f[k].indexOf(org.reportdesk.model.Embedded.OBJECT_CHAR) >= 0) {
                return null;
            }
            if (!f[k].isEmpty()) {
                nonEmpty++;
            }
        }
        return nonEmpty >= 2 ? f : null;
    }

    /** Lines starting with heading labels (一、 （一） 1.) are an outline, not a table. */
    private static boolean headings(List<String[]> rows) {
        int labelled = 0;
        for (String[] r : rows) {
            if (HeadingLabel.parse(String.join(" ", r)) != null) {
                labelled++;
            }
        }
        return labelled * 2 > rows.size();
    }

    /** Every column after the first starts, or ends, at the same display column (±2) on every line. */
    private static boolean aligned(List<String> raw, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] minStart = new int[cols];
        int[] maxStart = new int[cols];
        int[] minEnd = new int[cols];
        int[] maxEnd = new int[cols];
        java.util.Arrays.fill(minStart, Integer.MAX_VALUE);
        java.util.Arrays.fill(minEnd, Integer.MAX_VALUE);
        for (int r = 0; r < raw.size(); r++) {
            String line = raw.get(r);
            int at = 0;
            for (int c = 0; c < cols; c++) {
                String field = rows.get(r)[c];
                int idx = field.isEmpty() ? at : line.indexOf(field, at);
                if (idx < 0) {
                    return false;
                }
                int start = width(line, idx);
                int end = start + width(field, field.length());
                minStart[c] = Math.min(minStart[c], start);
                maxStart[c] = Math.max(maxStart[c], start);
                minEnd[c] = Math.min(minEnd[c], end);
                maxEnd[c] = Math.max(maxEnd[c], end);
                at = idx + field.length();
            }
        }
        for (int c = 1; c < cols; c++) {
            if (maxStart[c] - minStart[c] > 2 && maxEnd[c] - minEnd[c] > 2) {
                return false;
            }
        }
        return true;
    }

    /** Display width of the first {@code n} characters: full-width characters count two. */
    private static int width(String s, int n) {
        int w = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            w += c >= 0x1100 && (c <= 0x115f || c >= 0x2e80 && c <= 0xa4cf || c >= 0xac00 && c <= 0xd7a3
                    || c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f || c >= 0xff00 && c <= 0xff60
                    || c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
        }
        return w;
    }

    private static boolean hasDigit(String[] row) {
        for (String f : row) {
            for (int i = 0; i < f.length(); i++) {
                if (Character.isDigit(f.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
