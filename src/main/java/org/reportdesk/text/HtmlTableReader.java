package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows and cells of the first {@code <table>} of an HTML fragment in one pass, without a
 * DOM: cells of tables nested in a cell become text of that cell, scripts and styles are skipped,
 * entities decoded. Returns null when there is no table.
 */
final class HtmlTableReader {

    record Cell(String text, int rowSpan, int colSpan, boolean header) {
    }

    record Row(List<Cell> cells, boolean head) {
    }

    private static final int MAX_SPAN = 1_000;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000&&[^\\n]]+");
    private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile("[\\p{Cc}\\u200b-\\u200f\\ufeff\\ufffc]");

    private final String html;
    private int pos;

    HtmlTableReader(String html) {
        this.html = html;
    }

    List<Row> read() {
        if (!skipTo("table")) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        List<Cell> row = null;
        StringBuilder cell = null;
        int rowSpan = 1;
        int colSpan = 1;
        boolean header = false;
        boolean inHead = false;
        int depth = 1;
        while (pos < html.length()) {
            int lt = html.indexOf('<', pos);
            if (lt < 0) {
                break;
            }
            if (cell != null) {
                cell.append(HtmlEntities.decode(html.substring(pos, lt)));
            }
            int gt = html.indexOf('>', lt);
            if (gt < 0) {
                break;
            }
            String tag = html.substring(lt + 1, gt);
            pos = gt + 1;
            if (tag.startsWith("!--")) {
                int end = html.indexOf("-->", lt + 4);
                pos = end < 0 ? html.length() : end + 3;
                continue;
            }
            boolean closing = tag.startsWith("/");
            String name = name(closing ? tag.substring(1) : tag);
            if (name.equals("script") || name.equals("style")) {
                if (!closing) {
                    int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, pos);
                    pos = end < 0 ? html.length() : end;
                }
                continue;
            }
            if (name.equals("table")) {
                depth += closing ? -1 : 1;
                if (depth == 0) {
                    break;
                }
                continue;
            }
            if (depth > 1) {
                if (cell != null && (name.equals("td") || name.equals("th")) && closing) {
                    cell.append(' ');
                } else if (cell != null && (name.equals("tr") || name.equals("br") || name.equals("p")) && closing) {
                    cell.append('\n');
                }
                continue;
            }
            switch (name) {
                case "thead" -> inHead = !closing;
                case "tr" -> {
                    if (cell != null) {
                        row.add(new Cell(clean(cell), rowSpan, colSpan, header));
                        cell = null;
                    }
                    if (row != null) {
                        rows.add(new Row(row, inHead));
                        row = null;
                    }
                    if (!closing) {
                        row = new ArrayList<>();
                    }
                }
                case "td", "th" -> {
                    if (cell != null) {
                        row.add(new Cell(clean(cell), rowSpan, colSpan, header));
                        cell = null;
                    }
                    if (!closing) {
                        if (row == null) {
                            row = new ArrayList<>();
                        }
                        cell = new StringBuilder();
                        rowSpan = span(tag, "rowspan");
                        colSpan = span(tag, "colspan");
                        header = name.equals("th");
                    }
                }
                case "br" -> {
                    if (cell != null) {
                        cell.append('\n');
                    }
                }
                case "p", "div", "li" -> {
                    if (cell != null && closing) {
                        cell.append('\n');
                    }
                }
                default -> { }
            }
            if (cell != null && cell.length() > ClipboardTables.MAX_CELL_CHARS) {
                return null;
            }
            if (rows.size() > org.reportdesk.model.Table.MAX_ROWS
                    || row != null && row.size() > org.reportdesk.model.Table.MAX_COLUMNS) {
                return null;
            }
        }
        if (cell != null) {
            row.add(new Cell(clean(cell), rowSpan, colSpan, header));
        }
        if (row != null) {
            rows.add(new Row(row, inHead));
        }
        return rows;
    }

    private boolean skipTo(String tagName) {
        String lower = html.toLowerCase(Locale.ROOT);
        int at = 0;
        while ((at = lower.indexOf("<" + tagName, at)) >= 0) {
            int after = at + 1 + tagName.length();
            if (after >= lower.length() || !Character.isLetterOrDigit(lower.charAt(after))) {
                int gt = lower.indexOf('>', after);
                if (gt < 0) {
                    return false;
                }
                pos = gt + 1;
                return true;
            }
            at = after;
        }
        return false;
    }

    private static String name(String tag) {
        int i = 0;
        while (i < tag.length() && (Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) == ':')) {
            i++;
        }
        String n = tag.substring(0, i).toLowerCase(Locale.ROOT);
        int colon = n.indexOf(':');
        return colon >= 0 ? n.substring(colon + 1) : n;
    }

    /** The value of a span attribute, 1 when absent or unreadable, at most {@link #MAX_SPAN}. */
    private static int span(String tag, String attribute) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(attribute);
        if (at < 0) {
            return 1;
        }
        int i = at + attribute.length();
        while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == '=' || lower.charAt(i) == '"' || lower.charAt(i) == '\'')) {
            i++;
        }
        int start = i;
        while (i < lower.length() && i - start < 6 && Character.isDigit(lower.charAt(i))) {
            i++;
        }
        if (i == start) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(lower.substring(start, i))));
    }

    /** Cell text as a report keeps it: spaces and line breaks of the HTML source folded, no blank lines. */
    private static String clean(StringBuilder raw) {
        String[] lines = raw.toString().replace('\u00a0', ' ').split("\n");
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String l = INVISIBLE.matcher(SPACES.matcher(line).replaceAll(" ").strip()).replaceAll("");
            if (!l.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(l);
            }
        }
        return sb.toString();
    }
}
