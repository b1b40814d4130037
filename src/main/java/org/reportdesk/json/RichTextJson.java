package org.reportdesk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;

/**
 * JSON of rich text and section trees, shared by report files and template packs.
 *
 * <p>A rich text is an array of paragraphs; a plain paragraph is a string, a styled one an array
 * of spans, each a string or {@code {"text": "…", "bold": true, "italic": true, "underline": true}};
 * a table or a picture is an object, see {@link ObjectJson}.
 * A section is {@code {"heading", "runIn", "body", "children"}}; instead of {@code body} a plain
 * {@code text} with paragraphs separated by {@code \n} is accepted.
 */
public final class RichTextJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RichTextJson() {
    }

    public static ArrayNode write(RichText text) {
        ArrayNode arr = F.arrayNode();
        for (Paragraph p : text.paragraphs()) {
            if (p.isObject()) {
                arr.add(ObjectJson.write(p.embedded()));
                continue;
            }
            if (p.spans().stream().allMatch(Span::isPlain)) {
                arr.add(p.plainText());
                continue;
            }
            ArrayNode spans = arr.addArray();
            for (Span s : p.spans()) {
                if (s.isPlain()) {
                    spans.add(s.text());
                    continue;
                }
                ObjectNode o = spans.addObject();
                o.put("text", s.text());
                if (s.bold()) {
                    o.put("bold", true);
                }
                if (s.italic()) {
                    o.put("italic", true);
                }
                if (s.underline()) {
                    o.put("underline", true);
                }
            }
        }
        return arr;
    }

    public static RichText read(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return RichText.EMPTY;
        }
        if (node.isTextual()) {
            return RichText.ofPlain(node.asText());
        }
        if (!node.isArray()) {
            throw new JsonFormatException("rich text must be an array of paragraphs");
        }
        List<Paragraph> ps = new ArrayList<>(node.size());
        for (JsonNode p : node) {
            if (p.isTextual()) {
                ps.add(Paragraph.of(p.asText()));
            } else if (p.isArray()) {
                List<Span> spans = new ArrayList<>(p.size());
                for (JsonNode s : p) {
                    spans.add(readSpan(s));
                }
                ps.add(new Paragraph(spans));
            } else if (ObjectJson.isObject(p)) {
                ps.add(Paragraph.of(ObjectJson.read(p)));
            } else {
                throw new JsonFormatException("a paragraph must be a string, an array of spans, a table or a picture");
            }
        }
        return RichText.of(ps);
    }

    private static Span readSpan(JsonNode s) {
        if (s.isTextual()) {
            return Span.plain(s.asText());
        }
        if (!s.isObject() || !s.path("text").isTextual()) {
            throw new JsonFormatException("a span must be a string or an object with \"text\"");
        }
        return new Span(s.get("text").asText(), s.path("bold").asBoolean(false),
                s.path("italic").asBoolean(false), s.path("underline").asBoolean(false));
    }

    public static ArrayNode writeSections(List<Section> sections) {
        return writeSections(sections, false);
    }

    /** With {@code ids}, each section keeps its id (reports: versions are compared section by section). */
    public static ArrayNode writeSections(List<Section> sections, boolean ids) {
        ArrayNode arr = F.arrayNode();
        for (Section s : sections) {
            ObjectNode o = arr.addObject();
            if (ids) {
                o.put("id", s.id());
            }
            o.put("heading", s.heading());
            if (s.runIn()) {
                o.put("runIn", true);
            }
            if (s.needsReview()) {
                o.put("needsReview", true);
            }
            o.set("body", write(s.body()));
            if (!s.children().isEmpty()) {
                o.set("children", writeSections(s.children(), ids));
            }
        }
        return arr;
    }

    /** Reads a section array into detached sections. */
    public static List<Section> readSections(JsonNode node) {
        List<Section> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (!node.isArray()) {
            throw new JsonFormatException("\"sections\" must be an array");
        }
        for (JsonNode n : node) {
            if (!n.isObject()) {
                throw new JsonFormatException("a section must be an object");
            }
            RichText body = n.has("body") ? read(n.get("body")) : RichText.ofPlain(n.path("text").asText(""));
            String id = n.path("id").asText("");
            Section s = id.isBlank() ? new Section(n.path("heading").asText(""), body)
                    : new Section(id, n.path("heading").asText(""), false, body);
            s.setRunIn(n.path("runIn").asBoolean(false));
            s.setNeedsReview(n.path("needsReview").asBoolean(false));
            for (Section c : readSections(n.get("children"))) {
                s.add(c);
            }
            out.add(s);
        }
        return out;
    }
}
