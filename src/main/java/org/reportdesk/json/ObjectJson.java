package org.reportdesk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.reportdesk.model.Embedded;
import org.reportdesk.model.Picture;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;

/**
 * JSON of the objects a body holds in place of a paragraph: {@code {"table": {…}}} and
 * {@code {"picture": {…}}}.
 *
 * <p>A table is {@code {"title", "headerRows", "widths": [n…], "landscape", "rows": [[cell…]…]}};
 * a cell is its rich text (an array of paragraphs), or {@code {"text": […], "rowSpan", "colSpan"}}
 * when merged, or {@code null} where a merged cell covers the slot. A picture is
 * {@code {"format": "png"|"jpeg", "width", "height", "caption", "data": base64}}; its format and
 * size are read from the data itself, whatever the fields say.
 */
final class ObjectJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_BASE64 = (Picture.MAX_BYTES / 3 + 1) * 4;

    private ObjectJson() {
    }

    static boolean isObject(JsonNode p) {
        return p.isObject() && (p.has("table") || p.has("picture"));
    }

    static ObjectNode write(Embedded e) {
        ObjectNode o = F.objectNode();
        if (e instanceof Table t) {
            o.set("table", table(t));
        } else {
            o.set("picture", picture((Picture) e));
        }
        return o;
    }

    static Embedded read(JsonNode p) {
        try {
            return p.has("table") ? table(p.get("table")) : picture(p.get("picture"));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(e.getMessage());
        }
    }

    private static ObjectNode table(Table t) {
        ObjectNode o = F.objectNode();
        if (!t.title().isEmpty()) {
            o.put("title", t.title());
        }
        o.put("headerRows", t.headerRows());
        ArrayNode widths = o.putArray("widths");
        t.columnWidths().forEach(widths::add);
        if (t.landscape()) {
            o.put("landscape", true);
        }
        ArrayNode rows = o.putArray("rows");
        for (List<TableCell> row : t.rows()) {
            ArrayNode r = rows.addArray();
            for (TableCell c : row) {
                if (c.covered()) {
                    r.addNull();
                } else if (c.rowSpan() == 1 && c.colSpan() == 1) {
                    r.add(RichTextJson.write(c.text()));
                } else {
                    ObjectNode m = r.addObject();
                    m.set("text", RichTextJson.write(c.text()));
                    m.put("rowSpan", c.rowSpan());
                    m.put("colSpan", c.colSpan());
                }
            }
        }
        return o;
    }

    private static Table table(JsonNode o) {
        if (o == null || !o.isObject() || !o.path("rows").isArray()) {
            throw new JsonFormatException("a table must be an object with \"rows\"");
        }
        JsonNode rowsNode = o.get("rows");
        if (rowsNode.size() > Table.MAX_ROWS) {
            throw new JsonFormatException("a table has at most " + Table.MAX_ROWS + " rows");
        }
        List<List<TableCell>> rows = new ArrayList<>(rowsNode.size());
        for (JsonNode r : rowsNode) {
            if (!r.isArray() || r.size() > Table.MAX_COLUMNS) {
                throw new JsonFormatException("a table row must be an array of at most " + Table.MAX_COLUMNS + " cells");
            }
            List<TableCell> row = new ArrayList<>(r.size());
            for (JsonNode c : r) {
                row.add(cell(c));
            }
            rows.add(row);
        }
        List<Integer> widths = new ArrayList<>();
        for (JsonNode w : o.path("widths")) {
            widths.add(w.asInt(0));
        }
        return new Table(o.path("title").asText(""), o.path("headerRows").asInt(0), widths, rows,
                o.path("landscape").asBoolean(false));
    }

    private static TableCell cell(JsonNode c) {
        if (c == null || c.isNull()) {
            return TableCell.COVERED;
        }
        if (c.isObject()) {
            return new TableCell(cellText(c.get("text")), c.path("rowSpan").asInt(1), c.path("colSpan").asInt(1), false);
        }
        return TableCell.of(cellText(c));
    }

    private static RichText cellText(JsonNode n) {
        RichText text = RichTextJson.read(n);
        if (text.hasObjects()) {
            throw new JsonFormatException("a table cell holds text only");
        }
        return text;
    }

    private static ObjectNode picture(Picture p) {
        ObjectNode o = F.objectNode();
        o.put("format", p.format().extension());
        o.put("width", p.widthPx());
        o.put("height", p.heightPx());
        if (!p.caption().isEmpty()) {
            o.put("caption", p.caption());
        }
        o.put("data", Base64.getEncoder().encodeToString(p.data()));
        return o;
    }

    private static Picture picture(JsonNode o) {
        if (o == null || !o.isObject() || !o.path("data").isTextual()) {
            throw new JsonFormatException("a picture must be an object with base64 \"data\"");
        }
        String data = o.get("data").asText();
        if (data.length() > MAX_BASE64) {
            throw new JsonFormatException("a picture has at most " + Picture.MAX_BYTES + " bytes");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("a picture's data must be base64");
        }
        return Picture.of(bytes, o.path("caption").asText(""));
    }
}
